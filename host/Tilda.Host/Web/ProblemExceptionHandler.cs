using System.Text.Json;
using System.Text.RegularExpressions;
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
            ValidationFailedException v => ProblemErrors.Validation(v.Errors, StatusCodes.Status422UnprocessableEntity, "The request breaks a rule.", v.Message),
            BadRequestException b => ProblemErrors.Validation(new Dictionary<string, string[]> { [b.Field] = [b.Message] },
                StatusCodes.Status400BadRequest, "The request is not valid.", b.Message),
            NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found.", exception.Message),
            ConflictException => Problem(StatusCodes.Status409Conflict, "Conflict with the current state.", exception.Message),
            PreconditionFailedException => Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed.", exception.Message),
            PreconditionRequiredException => Problem(StatusCodes.Status428PreconditionRequired, "If-Match is required.", exception.Message),
            ServiceUnavailableException => Problem(StatusCodes.Status503ServiceUnavailable, "The service cannot do this now.", exception.Message),
            BadHttpRequestException bad => BadRequest(bad),
            // The OpenID Connect issuer's metadata could not be read (Auth:Authority unreachable): a page cannot sign in now.
            InvalidOperationException { Source: "Microsoft.IdentityModel.Protocols" } => Problem(StatusCodes.Status503ServiceUnavailable,
                "The sign-in service cannot be reached.", "The OpenID Connect issuer (Auth:Authority) did not answer; try again in a moment."),
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

    /// <summary>Malformed JSON, a value of the wrong type, an unknown or repeated field: say where, not what (it may be personal).</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var path = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
            string reason;
            if (DuplicateProperty().Match(json.Message) is { Success: true } duplicate)
            {
                // The reader stops at the object that holds the repeated name; name the field itself.
                var name = duplicate.Groups["name"].Value;
                if (!path.EndsWith($".{name}", StringComparison.Ordinal)) path = $"{path}.{name}";
                reason = "This field is given more than once; give each field once.";
            }
            else
            {
                reason = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
                    ? "This field is not part of the request."
                    : "The value is missing, malformed or of the wrong type.";
            }
            path = ProblemErrors.Field(path);
            return ProblemErrors.Validation(new Dictionary<string, string[]> { [path] = [reason] },
                StatusCodes.Status400BadRequest, "The request body is not valid JSON for this operation.", $"Could not read the JSON at {path}.");
        }
        if (exception.InnerException is null && UnboundParameter().Match(exception.Message) is { Success: true } parameter)
        {
            // A route or query value that does not parse as its type (page=2147483648, caseId=x); the value is not repeated.
            var name = parameter.Groups["name"].Value;
            return ProblemErrors.Validation(new Dictionary<string, string[]> { [name] = ["The value is malformed or out of range for this parameter."] },
                StatusCodes.Status400BadRequest, "The request is not valid.", $"The parameter {name} could not be read.");
        }
        var detail = exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large."
            : exception.InnerException is null ? "The request could not be read: check the body is JSON and the parameters are well-formed."
            : "The request body could not be read as JSON.";
        return Problem(exception.StatusCode, "Bad request.", detail);
    }

    [GeneratedRegex("^Duplicate property '(?<name>[^']*)'")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex("^Failed to bind parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\" from")]
    private static partial Regex UnboundParameter();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} (inner {InnerType}) at {StackTrace}")]
    private static partial void LogUnexpected(ILogger logger, string? exceptionType, string? innerType, string? stackTrace);
}
