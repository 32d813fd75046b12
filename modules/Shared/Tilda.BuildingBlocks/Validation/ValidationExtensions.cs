using Tilda.BuildingBlocks.Validation;
using FluentValidation;
using Tilda.Shared.Errors;

namespace Tilda.BuildingBlocks.Validation;

public static class ValidationExtensions
{
    /// <summary>Validates and throws a 422 with every failing field, camelCase paths as in the JSON.</summary>
    public static void ValidateOrThrow<T>(this IValidator<T> validator, T instance)
    {
        var result = validator.Validate(instance);
        if (result.IsValid) return;
        var errors = result.Errors
            .GroupBy(e => CamelCasePath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        throw new ValidationFailedException(errors);
    }

    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
