using ContactCenter.Contracts.Alerts;
using ContactCenter.Dashboard.Components.Pages;
using ContactCenter.Dashboard.Components.Floor;
using ContactCenter.Dashboard.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Dashboard.Components.Tests;

/// <summary>The whole floor in one line, every figure computed by hand from the rows pushed.</summary>
public sealed class FloorStripTests : WallboardContext
{
    [Fact]
    public void The_strip_sums_the_queues_counts_counts_each_agent_once_and_alerts_by_severity()
    {
        var day = new DateTimeOffset(FloorRows.Now.Date, TimeSpan.Zero);
        // q1: 8 of 10 decided calls within T today, 1 of 2 this interval; q2: 1 of 5 today, 0 of 1 now.
        // Floor today: 9 of 15 = 60 %, not the 50 % average of 80 % and 20 %; this interval 1 of 3 = 33 %.
        var q1 = FloorRows.Headline("q1") with { Today = Decided(day, within: 8, answered: 9, abandonedAfter: 1), CurrentInterval = Decided(FloorRows.Now, within: 1, answered: 2, abandonedAfter: 0) };
        var q2 = FloorRows.Headline("q2") with { Today = Decided(day, within: 1, answered: 4, abandonedAfter: 1), CurrentInterval = Decided(FloorRows.Now, within: 0, answered: 1, abandonedAfter: 0) };
        var strip = Render<FloorStrip>(p => p.Add(s => s.View, FloorRows.View(
            queues: [q1, q2],
            calls: [FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(75)), FloorRows.Waiting("c2", "q2", TimeSpan.FromSeconds(12)), FloorRows.OnHold("c3", "q1", "a2", TimeSpan.FromSeconds(30))],
            // a1 serves two queues and counts once; a4 is logged out and not at all.
            agents: [
                FloorRows.Agent("a1") with { Queues = ["q1", "q2"] },
                FloorRows.Agent("a2", state: AgentState.OnHold, callId: "c3"),
                FloorRows.Agent("a3", state: AgentState.NotReady),
                FloorRows.Agent("a4", state: AgentState.LoggedOut),
            ],
            alerts: [
                FloorRows.Alert("LongHold:c3:1", AlertSeverity.Critical),
                FloorRows.Alert("QueueWait:q1:1", AlertSeverity.Warning),
                FloorRows.Alert("QueueWait:q2:1", AlertSeverity.Warning),
                FloorRows.Alert("LongCall:c9:1", AlertSeverity.Critical, AlertStatus.Resolved),
            ])));

        Assert.Equal("2", strip.Find("[data-testid=strip-waiting] .strip-value").TextContent);
        Assert.Equal("01:15", strip.Find("[data-testid=strip-longest-wait-clock]").TextContent);
        Assert.Equal("60 %", strip.Find("[data-testid=strip-service-level-today]").TextContent);
        Assert.Equal("this 15 min 33 %", strip.Find("[data-testid=strip-service-level-interval]").TextContent);
        // 60 % against an 80 % target is exactly 20 points below it: amber, red only below that.
        Assert.Equal("warning", strip.Find("[data-testid=strip-service-level]").GetAttribute("data-level"));
        Assert.Equal("3", strip.Find("[data-testid=strip-agents] .strip-value").TextContent);
        Assert.Equal("1 available", strip.Find("[data-testid=strip-available]").TextContent);
        Assert.Equal("1 on calls", strip.Find("[data-testid=strip-busy]").TextContent);
        Assert.Equal("1 not ready", strip.Find("[data-testid=strip-not-ready]").TextContent);
        Assert.Equal("1 critical", strip.Find("[data-testid=strip-critical]").TextContent.Trim());
        Assert.Equal("2 warning", strip.Find("[data-testid=strip-warning]").TextContent.Trim());
    }

    [Fact]
    public void An_empty_floor_shows_dashes_not_zero_percent()
    {
        var strip = Render<FloorStrip>(p => p.Add(s => s.View, FloorRows.View()));

        Assert.Equal("0", strip.Find("[data-testid=strip-waiting] .strip-value").TextContent);
        Assert.Equal("–", strip.Find("[data-testid=strip-service-level-today]").TextContent);
        Assert.Equal("nodata", strip.Find("[data-testid=strip-service-level]").GetAttribute("data-level"));
    }

    [Fact]
    public void Tiles_alerts_and_filters_call_queues_and_teams_by_their_configured_names()
    {
        FloorConfiguration["Floor:Queues:q1:Name"] = "Billing";
        FloorConfiguration["Floor:Teams:t1:Name"] = "North";
        var page = Render<FloorPage>();

        Live.Push(FloorRows.View(
            queues: [FloorRows.Headline("q1"), FloorRows.Headline("q2")],
            calls: [FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(5))],
            agents: [FloorRows.Agent("a1")],
            alerts: [FloorRows.Alert("QueueWait:q1:1") with { SubjectKind = SubjectKind.Queue, CallId = null }]));

        page.WaitForAssertion(() =>
        {
            Assert.Equal("Billing", page.Find("[data-testid=queue-tile-q1] h3").TextContent);
            // An unnamed queue keeps its id.
            Assert.Equal("q2", page.Find("[data-testid=queue-tile-q2] h3").TextContent);
            Assert.Contains("Billing", page.Find("[data-testid=call-c1]").TextContent);
            Assert.Contains("queue Billing", page.Find("[data-testid='alert-QueueWait:q1:1'] [data-testid=alert-subject]").TextContent);
            Assert.Contains("North", page.Find("[data-testid=agent-a1]").TextContent);
            // The filters keep ids as values and show names.
            var team = page.Find("[data-testid=filter-team] option[value=t1]");
            Assert.Equal("North", team.TextContent);
        });
    }

    [Fact]
    public void In_simplified_chinese_the_strip_and_the_tiles_speak_chinese_and_keep_numbers_and_names_as_they_are()
    {
        FloorConfiguration["Floor:Queues:q1:Name"] = "Billing";
        // The screen starts in Chinese; the push comes from a thread that speaks the server's language.
        IRenderedComponent<FloorPage> page = null!;
        InChinese(() => page = Render<FloorPage>());
        Live.Push(FloorRows.View(queues: [FloorRows.Headline("q1", 0.9)], calls: [FloorRows.Waiting("c1", "q1", TimeSpan.FromSeconds(5))]));

        page.WaitForAssertion(() =>
            {
                Assert.Equal("等待中的来电", page.Find("[data-testid=strip-waiting] .strip-label").TextContent);
                Assert.Equal("1", page.Find("[data-testid=strip-waiting] .strip-value").TextContent);
                Assert.Equal("Billing", page.Find("[data-testid=queue-tile-q1] h3").TextContent);
                Assert.Equal("等待", page.Find("[data-testid=tile-waiting] dt").TextContent);
                Assert.Equal("90 %", page.Find("[data-testid=service-level-value]").TextContent);
            });
    }

    private static QueueStats Decided(DateTimeOffset from, int within, int answered, int abandonedAfter)
    {
        var decided = answered + abandonedAfter;
        return FloorRows.Stats(from, (double)within / decided) with
        {
            Offered = decided,
            Answered = answered,
            Abandoned = abandonedAfter,
            AnsweredWithinThreshold = within,
            AbandonedAfterThreshold = abandonedAfter,
        };
    }
}

public sealed class AlertDetailTextTests : WallboardContext
{
    private Microsoft.Extensions.Localization.IStringLocalizer<ContactCenter.Dashboard.Localisation.ScreenStrings> Localizer =>
        Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<ContactCenter.Dashboard.Localisation.ScreenStrings>>();

    [Theory]
    [InlineData("on hold for 121 s (hold 1)", "已保持 121 秒（第 1 次保持）")]
    [InlineData("service level 56 % against a target of 80 % (27 calls)", "服务水平 56 %，目标 80 %（27 通）")]
    [InlineData("talk + hold 700 s against a queue AHT of 250 s today", "通话 + 保持 700 秒，队列今日平均处理时长 250 秒")]
    [InlineData("talk + hold 700 s", "通话 + 保持 700 秒")]
    [InlineData("agent asks for help: customer wants a manager", "坐席请求帮助：customer wants a manager")]
    [InlineData("something a newer rule says", "something a newer rule says")]
    public void A_rules_sentence_is_said_again_in_chinese_with_its_numbers_and_free_text_kept(string detail, string chinese)
    {
        var localizer = Localizer;
        InChinese(() => Assert.Equal(chinese, AlertDetailText.Localise(detail, localizer)));

        Assert.Equal(detail, AlertDetailText.Localise(detail, localizer));
    }

    [Theory]
    [InlineData("Minutes must be between 1 and 240.", "分钟数必须在 1 到 240 之间。")]
    [InlineData("An alert keeps at most 50 notes.", "一条告警最多保留 50 条备注。")]
    [InlineData("Something the floor says anew.", "Something the floor says anew.")]
    public void A_refusal_with_a_number_is_said_again_in_chinese_with_its_number(string sentence, string chinese)
    {
        var localizer = Localizer;
        InChinese(() => Assert.Equal(chinese, AlertDetailText.LocaliseRefusal(sentence, localizer)));

        Assert.Equal(sentence, AlertDetailText.LocaliseRefusal(sentence, localizer));
    }
}
