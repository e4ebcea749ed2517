using Marsad.Ingest.Sources;

namespace Marsad.Ingest.Tests;

public class PublishedDateTests
{
    [Theory]
    [InlineData("2018-04-12", 2018, 4, 12)]
    [InlineData("2018-04-12T23:30:00-05:00", 2018, 4, 12)] // the date written, not shifted to UTC
    [InlineData("2018-04-12T00:10:00Z", 2018, 4, 12)]
    [InlineData("2018-04-12 09:30:00", 2018, 4, 12)]
    [InlineData("Thu, 12 Apr 2018 09:30:00 GMT", 2018, 4, 12)]
    public void Accepted_forms_give_the_written_date(string value, int y, int m, int d)
    {
        Assert.True(PublishedDate.TryParse(value, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("12/04/2018")]
    [InlineData("2018-13-01")]
    [InlineData("أمس")]
    [InlineData("")]
    public void Other_forms_are_not_dates(string value) => Assert.False(PublishedDate.TryParse(value, out _));
}
