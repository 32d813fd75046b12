namespace Tilda.Shared.Errors;

/// <summary>Base of the errors a request can cause; the host maps each to a ProblemDetails status.
/// Messages are shown to the client, so they carry ids and codes, never personal data.</summary>
public abstract class TildaException(string message) : Exception(message);

/// <summary>404: the addressed resource does not exist.</summary>
public sealed class NotFoundException(string message) : TildaException(message);

/// <summary>409: the request conflicts with the current state (a second decision, removing a non-client).</summary>
public sealed class ConflictException(string message) : TildaException(message);

/// <summary>412: the If-Match ETag is stale.</summary>
public sealed class PreconditionFailedException(string message) : TildaException(message);

/// <summary>428: an update came without If-Match.</summary>
public sealed class PreconditionRequiredException(string message) : TildaException(message);

/// <summary>400: a query parameter is malformed or out of range; errors are listed per parameter.</summary>
public sealed class BadRequestException(string field, string error) : TildaException(error)
{
    public string Field { get; } = field;
}

/// <summary>422: the request is well-formed but breaks a rule; errors are listed per field.</summary>
public sealed class ValidationFailedException : TildaException
{
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base("One or more fields are invalid.") => Errors = errors;

    public ValidationFailedException(string field, string error)
        : this(new Dictionary<string, string[]> { [field] = [error] }) { }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}

/// <summary>503: something the request depends on (e.g. the audit log) cannot be written now; nothing was changed.</summary>
public sealed class ServiceUnavailableException(string message) : TildaException(message);
