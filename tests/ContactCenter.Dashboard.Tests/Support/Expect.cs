using System.Net;

namespace ContactCenter.Dashboard.Tests.Support;

/// <summary>Assertions on replies that print the whole reply when they fail.</summary>
public static class Expect
{
    public static Reply Status(this Reply reply, HttpStatusCode status)
    {
        Assert.True(reply.Status == status, $"expected {(int)status} {status}, got {reply}");
        return reply;
    }

    /// <summary>An <c>ApiError</c>: the status, the field at fault, the machine reason and a sentence for people.</summary>
    public static Reply Error(this Reply reply, HttpStatusCode status, string field, string? reason = null)
    {
        reply.Status(status);
        Assert.True(reply.MediaType == "application/json", $"an error must be JSON: {reply}");
        Assert.True(reply.Text("field") == field, $"expected field '{field}': {reply}");
        if (reason is not null)
        {
            Assert.True(reply.Text("reason") == reason, $"expected reason '{reason}': {reply}");
        }

        Assert.False(string.IsNullOrWhiteSpace(reply.Text("detail")), $"an error must explain itself: {reply}");
        return reply;
    }

    /// <summary>A <c>BatchRefusal</c>: the whole batch refused, with a reason containing <paramref name="because"/>.</summary>
    public static Reply Refusal(this Reply reply, HttpStatusCode status, string because)
    {
        reply.Status(status);
        var reason = reply.Text("reason");
        Assert.True(reason is not null && reason.Contains(because, StringComparison.Ordinal), $"expected a reason containing '{because}': {reply}");
        return reply;
    }
}
