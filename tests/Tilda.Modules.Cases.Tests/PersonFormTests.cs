using Tilda.Modules.Cases.Applications;
using Tilda.Modules.Cases.Pages;

namespace Tilda.Modules.Cases.Tests;

/// <summary>The edit-person form after a conflict: what the colleague changed stands, the caseworker's other edits stay.</summary>
public sealed class PersonFormTests
{
    private static readonly PersonView Read = new("Testi", "Henkilö", null, 1990, "female", ["NGA"], "asylum-seeker", false, null, null, null);

    [Fact]
    public void Given_edits_on_a_field_a_colleague_changed_and_on_one_they_did_not_When_rebased_Then_the_colleagues_value_and_the_other_edit_remain()
    {
        var form = PersonForm.Of(Read, version: 3);
        form.Sex = "other";
        form.ResidenceStatus = "irregular";
        var now = Read with { Sex = "male", Surname = "Henkilö-Virtanen" };

        var changedMeanwhile = form.ChangedSince(now);
        var rebased = form.Rebased(now, version: 4, changedMeanwhile);

        Assert.Equal(["surname", "sex"], changedMeanwhile);
        Assert.Equal(4, rebased.Version);
        Assert.Equal("male", rebased.Sex);
        Assert.Equal("Henkilö-Virtanen", rebased.Surname);
        Assert.Equal("irregular", rebased.ResidenceStatus);
        Assert.Equal(["residenceStatus"], rebased.Changes().Select(c => c.Key));
    }
}
