using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Tilda.Shared.Errors;

namespace Tilda.Host.Web;

/// <summary>Maps every exception to a ProblemDetails. Known errors keep their message (ids and codes only);
/// anything else is a 500 without details, logged by type and stack only, as messages may quote data.</summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationFailedException v => new ValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The request breaks a rule.",
                Detail = v.Message,
            },
            BadRequestException b => new ValidationProblemDetails(new Dictionary<string, string[]> { [b.Field] = [b.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
                Detail = b.Message,
            },
            NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found.", exception.Message),
            ConflictException => Problem(StatusCodes.Status409Conflict, "Conflict with the current state.", exception.Message),
            PreconditionFailedException => Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed.", exception.Message),
            PreconditionRequiredException => Problem(StatusCodes.Status428PreconditionRequired, "If-Match is required.", exception.Message),
            BadHttpRequestException bad => BadRequest(bad),
            _ => null,
        };
        if (problem is null)
        {
            LogUnexpected(logger, exception.GetType().FullName, exception.InnerException?.GetType().FullName, exception.StackTrace);
            problem = Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null);
        }
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string? detail) => new() { Status = status, Title = title, Detail = detail };

    /// <summary>Malformed JSON, a value of the wrong type, an unknown field: say where, not what (it may be personal).</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var path = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
            var reason = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "This field is not part of the request."
                : "The value is missing, malformed or of the wrong type.";
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [path] = [reason] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid JSON for this operation.",
                Detail = $"Could not read the JSON at {path}.",
            };
        }
        var detail = exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large."
            : exception.InnerException is null ? "The request could not be read: check the body is JSON and the parameters are well-formed."
            : "The request body could not be read as JSON.";
        return Problem(exception.StatusCode, "Bad request.", detail);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} (inner {InnerType}) at {StackTrace}")]
    private static partial void LogUnexpected(ILogger logger, string? exceptionType, string? innerType, string? stackTrace);
}
