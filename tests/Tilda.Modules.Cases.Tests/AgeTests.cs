using Tilda.Modules.Cases.Domain;

namespace Tilda.Modules.Cases.Tests;

public sealed class AgeTests
{
    [Theory]
    [InlineData("2000-03-15", "2018-03-14", 17)]
    [InlineData("2000-03-15", "2018-03-15", 18)]
    [InlineData("2000-02-29", "2018-02-27", 17)]
    [InlineData("2000-02-29", "2018-02-28", 18)] // a 29 February birthday falls on 28 February in common years
    public void Given_a_birth_date_When_computing_age_Then_completed_years(string born, string on, int expected)
    {
        Assert.Equal(expected, Age.CompletedYears(DateOnly.Parse(born), null, DateOnly.Parse(on)));
    }

    [Theory]
    [InlineData("2025-06-30", 17)]
    [InlineData("2025-07-01", 18)]
    public void Given_only_a_birth_year_When_computing_age_Then_the_birthday_is_taken_as_the_first_of_july(string on, int expected)
    {
        Assert.Equal(expected, Age.CompletedYears(null, 2007, DateOnly.Parse(on)));
    }

    [Fact]
    public void Given_neither_birth_date_nor_year_When_computing_age_Then_unknown()
    {
        Assert.Null(Age.CompletedYears(null, null, new DateOnly(2025, 1, 1)));
    }
}
