using FluentValidation;
using Tilda.Shared;

namespace Tilda.Modules.Leaky.Contracts;

/// <summary>A query facade using the kernel: allowed.</summary>
public interface ILeakyModule
{
    Task<PagedResult<Guid>> CasesAsync(PageRequest page, CancellationToken cancellationToken);
}

public sealed record RegisterCase(Guid CaseId, DateOnly ReceivedOn);

/// <summary>A validator in the contract: FluentValidation becomes part of it.</summary>
public sealed class RegisterCaseValidator : AbstractValidator<RegisterCase>
{
    public RegisterCaseValidator() => RuleFor(command => command.CaseId).NotEmpty();
}
