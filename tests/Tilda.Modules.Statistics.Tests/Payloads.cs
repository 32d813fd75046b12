using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;

namespace Tilda.Modules.Statistics.Tests;

/// <summary>The Decisions events' payload for the person and application the tests describe with Cases' records.</summary>
internal static class Payloads
{
    public static DecidedPerson Decided(this ClientProfile p) => new(p.AgeYears, p.Sex, p.Citizenship, p.ResidenceStatus, p.HasMunicipalityOfResidence, p.Citizenships);

    public static DecidedApplication Decided(this ApplicationProfile a) => new(a.ReferrerType, a.ApplicantRole,
        a.ExploitationForms.Select(f => new DecidedExploitationForm(f.Form, f.Primary)).ToList(), a.ExploitationLocation, a.MinorAtTime,
        a.DependentChildren.Select(c => new DecidedDependentChild(c.BirthYear, c.Sex)).ToList());
}
