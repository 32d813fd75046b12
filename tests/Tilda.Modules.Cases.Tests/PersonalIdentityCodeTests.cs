using Tilda.Modules.Cases.Domain;

namespace Tilda.Modules.Cases.Tests;

public sealed class PersonalIdentityCodeTests
{
    [Theory]
    [InlineData("010296-1230", "1996-02-01")]
    [InlineData("150505A456P", "2005-05-15")]
    [InlineData("131052-308T", "1952-10-13")]
    [InlineData("131052Y308T", "1952-10-13")]
    public void Given_a_valid_code_When_reading_it_Then_the_birth_date_it_encodes(string code, string birthDate)
    {
        Assert.Equal(DateOnly.Parse(birthDate), PersonalIdentityCode.BirthDate(code));
    }

    [Theory]
    [InlineData("010296-1231")]   // wrong check character
    [InlineData("310296-1230")]   // 31 February
    [InlineData("010296*1230")]   // unknown century sign
    [InlineData("010296-123")]    // too short
    [InlineData("0102961-1230")]  // too long
    [InlineData("AB0296-1230")]
    public void Given_an_invalid_code_When_reading_it_Then_it_is_refused(string code)
    {
        Assert.Null(PersonalIdentityCode.BirthDate(code));
    }
}
