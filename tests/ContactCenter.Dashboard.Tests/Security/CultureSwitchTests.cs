using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactCenter.Dashboard.Tests.Security;

/// <summary>The language switch: anyone may use it, it remembers the choice and only ever sends a person back to this site.</summary>
[Collection(SecuredFloorCollection.Name)]
public sealed class CultureSwitchTests(SecuredFloorFixture app)
{
    [Fact]
    public async Task Choosing_chinese_sets_the_culture_cookie_for_a_year_and_goes_back_to_the_page()
    {
        using var browser = Browser();

        using var answer = await browser.GetAsync("/culture?name=zh-CN&back=%2Ffloor%3Fas%3Dsam");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/floor?as=sam", answer.Headers.Location?.OriginalString);
        var cookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Dzh-CN%7Cuic%3Dzh-CN", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    public async Task A_back_address_off_this_site_goes_home_instead(string back)
    {
        using var browser = Browser();

        using var answer = await browser.GetAsync($"/culture?name=en&back={Uri.EscapeDataString(back)}");

        Assert.Equal("/", answer.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_naming_the_field()
    {
        using var browser = Browser();

        using var answer = await browser.GetAsync("/culture?name=xx-YY");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var error = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("name", error.GetProperty("field").GetString());
    }

    private HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
}
