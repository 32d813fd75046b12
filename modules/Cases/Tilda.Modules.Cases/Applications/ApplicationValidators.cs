using FluentValidation;
using Tilda.BuildingBlocks.Validation;
using Tilda.Modules.Cases.CodeLists;
using Tilda.Modules.Cases.Domain;
using Tilda.Shared;
using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Cases.Applications;

internal static class Limits
{
    public const int NameLength = 100;
    public const int OrganisationLength = 200;
    public const int MaxCitizenships = 5;
    public const int MaxDependentChildren = 20;
    public const int EarliestBirthYear = 1900;
}

internal sealed class PersonValidator : AbstractValidator<PersonRequest>
{
    public PersonValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var today = clock.Today;
        RuleFor(p => p.GivenNames).NotEmpty().MaximumLength(Limits.NameLength);
        RuleFor(p => p.Surname).NotEmpty().MaximumLength(Limits.NameLength);
        RuleFor(p => p.BirthDate).NotInFuture(clock)
            .Must(d => d is null || d.Value.Year >= Limits.EarliestBirthYear).WithMessage($"The birth date cannot be before {Limits.EarliestBirthYear}.");
        RuleFor(p => p.BirthYear)
            .Must(y => y is null || (y >= Limits.EarliestBirthYear && y <= today().Year))
            .WithMessage(_ => $"The birth year must be between {Limits.EarliestBirthYear} and {today().Year}.");
        RuleFor(p => p.BirthYear)
            .Must((p, y) => y is null || p.BirthDate is null || p.BirthDate.Value.Year == y)
            .WithMessage("The birth year does not match the birth date.");
        RuleFor(p => p.Sex).NotEmpty().KnownCode(CasesCodeLists.Sex);
        RuleFor(p => p.Citizenships).NotNull().WithMessage("At least one citizenship is required (use 'unknown' when not known).")
            .Must(c => c is null || (c.Count >= 1 && c.Count <= Limits.MaxCitizenships))
            .WithMessage($"Between 1 and {Limits.MaxCitizenships} citizenships.")
            .Must(c => c is null || c.Distinct().Count() == c.Count).WithMessage("A citizenship is listed twice.");
        RuleForEach(p => p.Citizenships).KnownCode(CasesCodeLists.Citizenship);
        RuleFor(p => p.PersonalIdentityCode)
            .Must((p, c) => c is null || p.BirthYear is null || PersonalIdentityCode.BirthDate(c) is not { } d || d.Year == p.BirthYear)
            .WithMessage("The personal identity code does not match the birth year.");
        RuleFor(p => p.ResidenceStatus).NotEmpty().KnownCode(CasesCodeLists.ResidenceStatus);
        // A residence permit: its ground and the date it was granted, together, with the status residence-permit.
        RuleFor(p => p.ResidencePermitGround)
            .Must((p, g) => (g is null) == (p.ResidencePermitGrantedOn is null))
            .WithMessage("Give the residence permit's ground and the date it was granted (residencePermitGrantedOn) together.")
            .Must((p, g) => g is null || p.ResidenceStatus is null || p.ResidenceStatus == CasesCodeLists.ResidencePermit)
            .WithMessage($"A residence permit's ground is recorded with the residence status '{CasesCodeLists.ResidencePermit}'.")
            .KnownCode(CasesCodeLists.ResidencePermitGround)
            .ValidOn(CasesCodeLists.ResidencePermitGround, p => p.ResidencePermitGrantedOn);
        RuleFor(p => p.ResidencePermitGrantedOn).NotInFuture(clock, "The grant date")
            .Must(d => d is null || d.Value.Year >= 2000).WithMessage("The grant date must be in 2000 or later.")
            .Must((p, d) => d is null || p.BirthDate is null || d >= p.BirthDate).WithMessage("The grant date cannot be before the birth date.");
        RuleFor(p => p.PersonalIdentityCode)
            .Must(c => c is null || PersonalIdentityCode.BirthDate(c) is not null)
            .WithMessage("Not a valid Finnish personal identity code (format DDMMYYCNNNQ with a correct check character).")
            .Must((p, c) => c is null || p.BirthDate is null || PersonalIdentityCode.BirthDate(c) is not { } d || d == p.BirthDate)
            .WithMessage("The personal identity code does not match the birth date.");
    }
}

internal sealed class RegisterApplicationValidator : AbstractValidator<RegisterApplicationRequest>
{
    public RegisterApplicationValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.ReceivedOn).NotNull().NotInFuture(clock)
            .Must(d => d is null || d.Value.Year >= 2000).WithMessage("The date must be in 2000 or later.");
        RuleFor(r => r.Channel).NotEmpty().KnownCode(CasesCodeLists.Channel).ValidOn(CasesCodeLists.Channel, r => r.ReceivedOn);
        RuleFor(r => r.ConsentGiven).Equal(true)
            .WithMessage("An application can only be made with the person's consent; consentGiven must be true.");
        RuleFor(r => r.Referrer).NotNull();
        RuleFor(r => r.Referrer!.Type).NotEmpty().KnownCode(CasesCodeLists.ReferrerType).ValidOn(CasesCodeLists.ReferrerType, r => r.ReceivedOn).When(r => r.Referrer is not null);
        RuleFor(r => r.Referrer!.Organisation).MaximumLength(Limits.OrganisationLength).When(r => r.Referrer is not null);
        RuleFor(r => r.ApplicantRole).NotEmpty().KnownCode(CasesCodeLists.ApplicantRole).ValidOn(CasesCodeLists.ApplicantRole, r => r.ReceivedOn);

        RuleFor(r => r.Person).NotNull().When(r => r.CaseId is null)
            .WithMessage("The person is required for a first application (or give caseId for a re-application).");
        RuleFor(r => r.Person).Null().When(r => r.CaseId is not null)
            .WithMessage("Omit the person on a re-application; change the person with PATCH /api/cases/{caseId}/person.");
        RuleFor(r => r.Person!).SetValidator(new PersonValidator(clock)).When(r => r.Person is not null);

        RuleFor(r => r.Exploitation).NotNull();
        When(r => r.Exploitation is not null, () =>
        {
            RuleFor(r => r.Exploitation!.Forms).NotEmpty()
                .Must(f => f is null || f.Count(x => x?.Primary == true) == 1).WithMessage("Exactly one exploitation form must be primary.")
                .Must(f => f is null || f.Select(x => x?.Form).Distinct().Count() == f.Count).WithMessage("An exploitation form is listed twice.");
            RuleForEach(r => r.Exploitation!.Forms).NotNull().WithMessage("A form may not be null.").OverridePropertyName("exploitation.forms");
            RuleForEach(r => r.Exploitation!.Forms).ChildRules(form =>
            {
                form.RuleFor(f => f.Form).NotEmpty().KnownCode(CasesCodeLists.ExploitationForm);
                form.RuleFor(f => f.Primary).NotNull();
            }).OverridePropertyName("exploitation.forms");
            // A form is recorded for the date the application was received: one added to the list later is refused before it.
            RuleForEach(r => r.Exploitation!.Forms)
                .Must((r, f) => f?.Form is null || r.ReceivedOn is null || CasesCodeLists.ExploitationForm.NotValidOn(f.Form, r.ReceivedOn.Value) is null)
                .WithMessage((r, f) => CasesCodeLists.ExploitationForm.NotValidOn(f!.Form, r.ReceivedOn!.Value)!)
                .OverridePropertyName("exploitation.forms");
            RuleFor(r => r.Exploitation!.Location).NotEmpty().KnownCode(CasesCodeLists.ExploitationLocation).ValidOn(CasesCodeLists.ExploitationLocation, r => r.ReceivedOn);
            RuleFor(r => r.Exploitation!.Countries).Must(c => c is null || c.Count <= 10).WithMessage("At most 10 countries.");
            RuleForEach(r => r.Exploitation!.Countries).KnownCode(CasesCodeLists.Country).OverridePropertyName("exploitation.countries");
        });

        RuleFor(r => r.DependentChildren).Must(c => c is null || c.Count <= Limits.MaxDependentChildren)
            .WithMessage($"At most {Limits.MaxDependentChildren} dependent children.");
        RuleForEach(r => r.DependentChildren).NotNull().WithMessage("A child may not be null.");
        RuleForEach(r => r.DependentChildren).ChildRules(child =>
        {
            child.RuleFor(c => c.BirthYear).NotNull();
            child.RuleFor(c => c.Sex).NotEmpty().KnownCode(CasesCodeLists.Sex);
        });
        RuleForEach(r => r.DependentChildren)
            .Must((r, c) => r.ReceivedOn is null || c?.BirthYear is null
                || (c.BirthYear <= r.ReceivedOn.Value.Year && c.BirthYear >= r.ReceivedOn.Value.Year - 18))
            .WithMessage("A dependent child must be a minor: the birth year must be within 18 years before the application.");
    }
}
