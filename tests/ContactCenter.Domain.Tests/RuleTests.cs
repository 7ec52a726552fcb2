using ContactCenter.Contracts.Alerts;
using ContactCenter.Contracts.Events;
using ContactCenter.Contracts.Floor;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Calls;
using ContactCenter.Domain.Configuration;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Rules;
using ContactCenter.Domain.Time;
using static ContactCenter.Domain.Tests.Support.Build;

namespace ContactCenter.Domain.Tests;

/// <summary>Every rule just below, at and above each level with DOMAIN.md's defaults: severity, since and the next moment to look.</summary>
public sealed class RuleTests
{
    private static RuleVerdict Judge(IAlertRule<CallRuleSubject> rule, CallFacts call, DateTimeOffset now, QueueFigures queue = default, QueueSettings? settings = null) =>
        rule.Evaluate(new CallRuleSubject(call, settings ?? new QueueSettings(), queue), now);

    private static RuleVerdict Judge(IAlertRule<AgentRuleSubject> rule, AgentFacts agent, DateTimeOffset now, TeamSettings? settings = null) =>
        rule.Evaluate(new AgentRuleSubject(agent, settings ?? new TeamSettings()), now);

    private static void AssertVerdict(RuleVerdict verdict, AlertSeverity? severity, DateTimeOffset? since, DateTimeOffset? nextChangeAt)
    {
        Assert.Equal(severity, verdict.Severity);
        Assert.Equal(severity is not null, verdict.Holds);
        Assert.Equal(since ?? default, verdict.Since);
        Assert.Equal(nextChangeAt, verdict.NextChangeAt);
        if (severity is null)
        {
            Assert.Equal(string.Empty, verdict.Detail);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(verdict.Detail));
        }
    }

    [Fact]
    public void The_default_options_are_the_table_of_domain_md()
    {
        var o = new RuleOptions();
        var q = new QueueSettings();

        Assert.Equal((60, 120), (o.LongHold.Warning, o.LongHold.Critical));
        Assert.Equal((3, 5), (o.RepeatedHold.Warning, o.RepeatedHold.Critical));
        Assert.Equal((2, 3, 600, 1200, 20), (o.LongCall.WarningAhtMultiple, o.LongCall.CriticalAhtMultiple, o.LongCall.WarningMinimumSeconds, o.LongCall.CriticalMinimumSeconds, o.LongCall.MinimumCompletedCalls));
        Assert.Equal((20, 60), (o.QueueWait.Warning, o.QueueWait.Critical));
        Assert.Equal((10, 0.20), (o.ServiceLevel.MinimumDecidedCalls, o.ServiceLevel.CriticalPointsBelowTarget));
        Assert.Equal((10, 30), (o.VipWaiting.Warning, o.VipWaiting.Critical));
        Assert.Equal((2, 3), (o.MultipleTransfers.Warning, o.MultipleTransfers.Critical));
        Assert.Equal((180, 300), (o.LongWrapUp.Warning, o.LongWrapUp.Critical));
        Assert.Equal((900, 900), (o.LongNotReady.DefaultSeconds, o.LongNotReady.CriticalExtraSeconds));
        Assert.Equal((3600, 5400, 5400), (o.LongNotReady.WarningFor("lunch"), o.LongNotReady.WarningFor("training"), o.LongNotReady.WarningFor("meeting")));
        Assert.Equal((3, 5), (o.AgentStrain.Warning, o.AgentStrain.Critical));
        Assert.Equal((20, 0.8, 5), (q.ServiceLevelSeconds, q.ServiceLevelTarget, q.ShortAbandonSeconds));

        var lifecycle = new AlertLifecycleOptions();
        Assert.Equal((120, 120, 60), (lifecycle.EscalateAfterSeconds, lifecycle.WidenAfterSeconds, lifecycle.CooldownSeconds));
    }

    [Fact]
    public void The_rule_books_judge_every_rule_once_on_its_subject()
    {
        Assert.Equal(
            [AlertRule.LongHold, AlertRule.RepeatedHold, AlertRule.LongCall, AlertRule.VipWaiting, AlertRule.MultipleTransfers],
            RuleBooks.Call.Select(r => r.Rule));
        Assert.Equal(
            [AlertRule.AssistanceRequested, AlertRule.LongWrapUp, AlertRule.LongNotReady, AlertRule.AgentStrain],
            RuleBooks.Agent.Select(r => r.Rule));
        Assert.Equal([AlertRule.QueueWait, AlertRule.ServiceLevel], RuleBooks.Queue.Select(r => r.Rule));
        Assert.Equal(
            Enum.GetValues<AlertRule>().Order(),
            RuleBooks.Call.Select(r => r.Rule).Concat(RuleBooks.Agent.Select(r => r.Rule)).Concat(RuleBooks.Queue.Select(r => r.Rule)).Order());
    }

    // LongHold: 60 s / 120 s of continuous hold. The call is held at 09:01:40.

    [Theory]
    [InlineData(0, null, 60)]
    [InlineData(59, null, 60)]
    [InlineData(60, AlertSeverity.Warning, 120)]
    [InlineData(61, AlertSeverity.Warning, 120)]
    [InlineData(119, AlertSeverity.Warning, 120)]
    [InlineData(120, AlertSeverity.Critical, null)]
    [InlineData(121, AlertSeverity.Critical, null)]
    public void LongHold_is_judged_on_the_continuous_hold(int held, AlertSeverity? severity, int? next)
    {
        var call = Call(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(100)));

        AssertVerdict(Judge(new LongHoldRule(), call, S(100 + held)), severity, severity is null ? null : S(100), next is { } n ? S(100 + n) : null);
    }

    [Fact]
    public void LongHold_does_not_add_up_separate_holds_and_ignores_a_call_not_on_hold()
    {
        var resumed = Call(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(100)), Resumed("c1", S(150)));
        AssertVerdict(Judge(new LongHoldRule(), resumed, S(400)), null, null, null);

        // 50 s of earlier hold, then 59 s of this one.
        var again = Call(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(100)), Resumed("c1", S(150)), Held("c1", S(200)));
        AssertVerdict(Judge(new LongHoldRule(), again, S(259)), null, null, S(260));
        AssertVerdict(Judge(new LongHoldRule(), again, S(260)), AlertSeverity.Warning, S(200), S(320));
    }

    [Fact]
    public void LongHold_follows_the_queues_configured_levels()
    {
        var settings = new QueueSettings { Rules = new RuleOptions { LongHold = new Threshold(30, 90) } };
        var call = Call(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(100)));

        AssertVerdict(Judge(new LongHoldRule(), call, S(129), settings: settings), null, null, S(130));
        AssertVerdict(Judge(new LongHoldRule(), call, S(130), settings: settings), AlertSeverity.Warning, S(100), S(190));
        AssertVerdict(Judge(new LongHoldRule(), call, S(190), settings: settings), AlertSeverity.Critical, S(100), null);
    }

    // RepeatedHold: 3rd hold / 5th hold. Hold k starts at 10 + 20k.

    private static CallFacts HeldTimes(int holds, bool ended = false)
    {
        var events = new List<FloorEvent> { Queued("c1", S(0)), Answered("c1", S(10)) };
        for (var k = 1; k <= holds; k++)
        {
            events.Add(Held("c1", S(10 + 20 * k)));
            events.Add(Resumed("c1", S(10 + 20 * k + 5)));
        }

        if (ended)
        {
            events.Add(Ended("c1", S(500)));
        }

        return Call([.. events]);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(2, null)]
    [InlineData(3, AlertSeverity.Warning)]
    [InlineData(4, AlertSeverity.Warning)]
    [InlineData(5, AlertSeverity.Critical)]
    [InlineData(6, AlertSeverity.Critical)]
    public void RepeatedHold_is_judged_on_the_number_of_holds_since_the_third(int holds, AlertSeverity? severity)
    {
        // The condition began with the third hold, at 10 + 60 = 70 s; counts change with events only.
        AssertVerdict(Judge(new RepeatedHoldRule(), HeldTimes(holds), S(1000)), severity, severity is null ? null : S(70), null);
    }

    [Fact]
    public void RepeatedHold_ends_with_the_call()
    {
        AssertVerdict(Judge(new RepeatedHoldRule(), HeldTimes(5, ended: true), S(600)), null, null, null);
    }

    // LongCall: talk + hold above max(10 min, 2x AHT) / max(20 min, 3x AHT), AHT only with 20 completed calls today.

    public static TheoryData<double?, int, int, int> LongCallLevels => new()
    {
        { null, 0, 600, 1200 },
        { 1000, 19, 600, 1200 },
        { 200, 20, 600, 1200 },
        { 299.5, 20, 600, 1200 },
        { 400, 20, 800, 1200 },
        { 500, 20, 1000, 1500 },
        { 500, 57, 1000, 1500 },
    };

    [Theory]
    [MemberData(nameof(LongCallLevels))]
    public void LongCall_is_judged_on_talk_plus_hold_against_the_queues_aht_and_the_floors(double? aht, int completedToday, int warning, int critical)
    {
        // Answered at 10, held 100..160: talk + hold grows with the clock from 10 on.
        var call = Call(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(100)), Resumed("c1", S(160)));
        var queue = new QueueFigures(aht, completedToday);
        var rule = new LongCallRule();

        AssertVerdict(Judge(rule, call, S(10 + warning - 1), queue), null, null, S(10 + warning));
        AssertVerdict(Judge(rule, call, S(10 + warning), queue), AlertSeverity.Warning, S(10), S(10 + critical));
        AssertVerdict(Judge(rule, call, S(10 + warning + 1), queue), AlertSeverity.Warning, S(10), S(10 + critical));
        AssertVerdict(Judge(rule, call, S(10 + critical - 1), queue), AlertSeverity.Warning, S(10), S(10 + critical));
        AssertVerdict(Judge(rule, call, S(10 + critical), queue), AlertSeverity.Critical, S(10), null);
        AssertVerdict(Judge(rule, call, S(10 + critical + 1), queue), AlertSeverity.Critical, S(10), null);
    }

    [Fact]
    public void LongCall_counts_hold_while_on_hold_but_not_a_wait_after_a_transfer_to_a_queue()
    {
        var rule = new LongCallRule();
        var onHold = Call(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(500)));
        AssertVerdict(Judge(rule, onHold, S(609)), null, null, S(610));
        AssertVerdict(Judge(rule, onHold, S(610)), AlertSeverity.Warning, S(10), S(1210));

        // Talk 10..110 = 100 s, waiting in q2 110..140, talking again from 140: talk + hold = 100 + (now - 140).
        var requeued = Call(Queued("c1", S(0)), Answered("c1", S(10)), TransferredToQueue("c1", S(110), "q2"), Answered("c1", S(140), "a2", "q2"));
        AssertVerdict(Judge(rule, requeued, S(639)), null, null, S(640));
        AssertVerdict(Judge(rule, requeued, S(640)), AlertSeverity.Warning, S(10), S(1240));
        AssertVerdict(Judge(rule, requeued, S(1240)), AlertSeverity.Critical, S(10), null);
    }

    [Fact]
    public void LongCall_ignores_calls_not_connected()
    {
        var rule = new LongCallRule();
        AssertVerdict(Judge(rule, Call(Queued("c1", S(0))), S(5000)), null, null, null);
        AssertVerdict(Judge(rule, Call(Queued("c1", S(0)), Answered("c1", S(10)), Ended("c1", S(2000))), S(5000)), null, null, null);
        AssertVerdict(Judge(rule, Call(Queued("c1", S(0)), Answered("c1", S(10)), TransferredToQueue("c1", S(1500), "q2")), S(5000)), null, null, null);
    }

    // VipWaiting: a VIP caller waiting 10 s / 30 s.

    [Theory]
    [InlineData(0, null, 10)]
    [InlineData(9, null, 10)]
    [InlineData(10, AlertSeverity.Warning, 30)]
    [InlineData(11, AlertSeverity.Warning, 30)]
    [InlineData(29, AlertSeverity.Warning, 30)]
    [InlineData(30, AlertSeverity.Critical, null)]
    [InlineData(31, AlertSeverity.Critical, null)]
    public void VipWaiting_is_judged_on_the_vips_wait_ring_included(int waited, AlertSeverity? severity, int? next)
    {
        var call = Call(Queued("c1", S(0), tier: CustomerTier.Vip), Offered("c1", S(5)));

        AssertVerdict(Judge(new VipWaitingRule(), call, S(waited)), severity, severity is null ? null : S(0), next is { } n ? S(n) : null);
    }

    [Fact]
    public void VipWaiting_ignores_other_tiers_and_answered_calls_and_restarts_in_a_new_queue()
    {
        var rule = new VipWaitingRule();
        AssertVerdict(Judge(rule, Call(Queued("c1", S(0), tier: CustomerTier.HighValue)), S(100)), null, null, null);
        AssertVerdict(Judge(rule, Call(Queued("c1", S(0), tier: CustomerTier.Regular)), S(100)), null, null, null);
        AssertVerdict(Judge(rule, Call(Queued("c1", S(0), tier: CustomerTier.Vip), Answered("c1", S(8))), S(100)), null, null, null);
        AssertVerdict(Judge(rule, Call(Queued("c1", S(0), tier: CustomerTier.Vip), Abandoned("c1", S(8))), S(100)), null, null, null);

        // Transferred to q2 at 100: waiting there since 100 (the current wait).
        var moved = Call(Queued("c1", S(0), tier: CustomerTier.Vip), Answered("c1", S(8)), TransferredToQueue("c1", S(100), "q2"));
        AssertVerdict(Judge(rule, moved, S(109)), null, null, S(110));
        AssertVerdict(Judge(rule, moved, S(110)), AlertSeverity.Warning, S(100), S(130));
    }

    // MultipleTransfers: 2nd / 3rd transfer. Transfers at 100, 200, 300, 400.

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(2, AlertSeverity.Warning)]
    [InlineData(3, AlertSeverity.Critical)]
    [InlineData(4, AlertSeverity.Critical)]
    public void MultipleTransfers_is_judged_on_the_number_of_transfers_since_the_second(int transfers, AlertSeverity? severity)
    {
        var events = new List<FloorEvent> { Queued("c1", S(0)), Answered("c1", S(10)) };
        for (var k = 1; k <= transfers; k++)
        {
            events.Add(TransferredToAgent("c1", S(100 * k), $"a{k + 1}"));
        }

        AssertVerdict(Judge(new MultipleTransfersRule(), Call([.. events]), S(1000)), severity, severity is null ? null : S(200), null);
    }

    [Fact]
    public void MultipleTransfers_counts_transfers_to_queues_and_ends_with_the_call()
    {
        var requeued = Call(Queued("c1", S(0)), Answered("c1", S(10)), TransferredToQueue("c1", S(100), "q2"), Answered("c1", S(120), "a2", "q2"), TransferredToAgent("c1", S(200), "a3"));
        AssertVerdict(Judge(new MultipleTransfersRule(), requeued, S(300)), AlertSeverity.Warning, S(200), null);

        var ended = Call(Queued("c1", S(0)), Answered("c1", S(10)), TransferredToAgent("c1", S(100), "a2"), TransferredToAgent("c1", S(200), "a3"), TransferredToAgent("c1", S(300), "a4"), Ended("c1", S(400)));
        AssertVerdict(Judge(new MultipleTransfersRule(), ended, S(500)), null, null, null);
    }

    // QueueWait: longest wait above 20 s / 60 s.

    private static QueueRuleSubject QueueSubject(DateTimeOffset? oldestWaitingSince, QueueIntervalCounts? counts = null, QueueSettings? settings = null) =>
        new(oldestWaitingSince, QueueFigureBook.Figures(counts ?? new QueueIntervalCounts(), S(0), S(900)), settings ?? new QueueSettings());

    [Theory]
    [InlineData(0, null, 20)]
    [InlineData(19, null, 20)]
    [InlineData(20, AlertSeverity.Warning, 60)]
    [InlineData(21, AlertSeverity.Warning, 60)]
    [InlineData(59, AlertSeverity.Warning, 60)]
    [InlineData(60, AlertSeverity.Critical, null)]
    [InlineData(61, AlertSeverity.Critical, null)]
    public void QueueWait_is_judged_on_the_longest_wait(int waited, AlertSeverity? severity, int? next)
    {
        AssertVerdict(new QueueWaitRule().Evaluate(QueueSubject(S(30)), S(30 + waited)), severity, severity is null ? null : S(30), next is { } n ? S(30 + n) : null);
    }

    [Fact]
    public void QueueWait_holds_nothing_when_nobody_waits()
    {
        AssertVerdict(new QueueWaitRule().Evaluate(QueueSubject(null), S(500)), null, null, null);
    }

    // ServiceLevel: the interval's SL below 80 % once 10 calls decided it; critical below 60 %.

    [Theory]
    [InlineData(9, 0, 0, null)]
    [InlineData(5, 0, 4, null)]
    [InlineData(10, 8, 0, null)]
    [InlineData(10, 7, 0, AlertSeverity.Warning)]
    [InlineData(10, 6, 0, AlertSeverity.Warning)]
    [InlineData(10, 5, 0, AlertSeverity.Critical)]
    [InlineData(8, 6, 2, AlertSeverity.Warning)]
    [InlineData(8, 5, 2, AlertSeverity.Critical)]
    [InlineData(100, 81, 0, null)]
    [InlineData(100, 80, 0, null)]
    [InlineData(100, 79, 0, AlertSeverity.Warning)]
    [InlineData(100, 61, 0, AlertSeverity.Warning)]
    [InlineData(100, 60, 0, AlertSeverity.Warning)]
    [InlineData(100, 59, 0, AlertSeverity.Critical)]
    [InlineData(90, 48, 10, AlertSeverity.Critical)]
    [InlineData(90, 60, 10, AlertSeverity.Warning)]
    public void ServiceLevel_is_judged_on_the_intervals_decided_calls(int answered, int within, int abandonedAfterT, AlertSeverity? severity)
    {
        var counts = new QueueIntervalCounts
        {
            Offered = answered + abandonedAfterT,
            Answered = answered,
            AnsweredWithinThreshold = within,
            Abandoned = abandonedAfterT,
            AbandonedAfterThreshold = abandonedAfterT,
        };

        // Judged again when the interval ends (09:15), whatever it says now.
        AssertVerdict(new ServiceLevelRule().Evaluate(QueueSubject(null, counts), S(600)), severity, severity is null ? null : S(0), S(900));
    }

    [Fact]
    public void ServiceLevel_follows_the_queues_target_and_minimum()
    {
        var settings = new QueueSettings
        {
            ServiceLevelTarget = 0.9,
            Rules = new RuleOptions { ServiceLevel = new ServiceLevelRuleOptions { MinimumDecidedCalls = 4, CriticalPointsBelowTarget = 0.1 } },
        };

        QueueIntervalCounts Counts(int answered, int within) => new() { Offered = answered, Answered = answered, AnsweredWithinThreshold = within };

        AssertVerdict(new ServiceLevelRule().Evaluate(QueueSubject(null, Counts(3, 0), settings), S(600)), null, null, S(900));
        AssertVerdict(new ServiceLevelRule().Evaluate(QueueSubject(null, Counts(10, 9), settings), S(600)), null, null, S(900));
        AssertVerdict(new ServiceLevelRule().Evaluate(QueueSubject(null, Counts(10, 8), settings), S(600)), AlertSeverity.Warning, S(0), S(900));
        AssertVerdict(new ServiceLevelRule().Evaluate(QueueSubject(null, Counts(10, 7), settings), S(600)), AlertSeverity.Critical, S(0), S(900));
    }

    // LongWrapUp: 3 min / 5 min in wrap-up. Wrap-up from 09:05:00.

    private static AgentFacts Agent(params AgentEvent[] events) => AgentTimeline(24, null, events).Facts;

    [Theory]
    [InlineData(0, null, 180)]
    [InlineData(179, null, 180)]
    [InlineData(180, AlertSeverity.Warning, 300)]
    [InlineData(181, AlertSeverity.Warning, 300)]
    [InlineData(299, AlertSeverity.Warning, 300)]
    [InlineData(300, AlertSeverity.Critical, null)]
    [InlineData(301, AlertSeverity.Critical, null)]
    public void LongWrapUp_is_judged_on_the_time_in_wrap_up(int inWrapUp, AlertSeverity? severity, int? next)
    {
        var agent = Agent([LoggedIn(S(0)), .. WholeCall("c1", S(60), S(70), S(300)), StateChanged(S(300), AgentState.WrapUp)]);

        AssertVerdict(Judge(new LongWrapUpRule(), agent, S(300 + inWrapUp)), severity, severity is null ? null : S(300), next is { } n ? S(300 + n) : null);
    }

    [Fact]
    public void LongWrapUp_holds_nothing_outside_wrap_up()
    {
        var agent = Agent([LoggedIn(S(0)), .. WholeCall("c1", S(60), S(70), S(300)), StateChanged(S(300), AgentState.WrapUp), StateChanged(S(400), AgentState.Available)]);

        AssertVerdict(Judge(new LongWrapUpRule(), agent, S(2000)), null, null, null);
    }

    // LongNotReady: per reason (default 15 min, lunch 60, training and meeting 90), critical 15 min later. Not ready from 09:01:40.

    [Theory]
    [InlineData(null, 900)]
    [InlineData("coaching", 900)]
    [InlineData("break", 900)]
    [InlineData("lunch", 3600)]
    [InlineData("Lunch", 3600)]
    [InlineData("training", 5400)]
    [InlineData("meeting", 5400)]
    public void LongNotReady_is_judged_on_the_time_not_ready_against_the_reasons_level(string? reason, int warning)
    {
        var agent = Agent(LoggedIn(S(0)), StateChanged(S(100), AgentState.NotReady, reason));
        var rule = new LongNotReadyRule();
        var critical = warning + 900;

        AssertVerdict(Judge(rule, agent, S(100)), null, null, S(100 + warning));
        AssertVerdict(Judge(rule, agent, S(100 + warning - 1)), null, null, S(100 + warning));
        AssertVerdict(Judge(rule, agent, S(100 + warning)), AlertSeverity.Warning, S(100), S(100 + critical));
        AssertVerdict(Judge(rule, agent, S(100 + warning + 1)), AlertSeverity.Warning, S(100), S(100 + critical));
        AssertVerdict(Judge(rule, agent, S(100 + critical - 1)), AlertSeverity.Warning, S(100), S(100 + critical));
        AssertVerdict(Judge(rule, agent, S(100 + critical)), AlertSeverity.Critical, S(100), null);
        AssertVerdict(Judge(rule, agent, S(100 + critical + 1)), AlertSeverity.Critical, S(100), null);
    }

    [Fact]
    public void LongNotReady_follows_the_teams_reasons_and_holds_nothing_when_ready()
    {
        var settings = new TeamSettings();
        settings.Rules.LongNotReady.Reasons["coaching"] = 1800;
        settings.Rules.LongNotReady.CriticalExtraSeconds = 600;
        var agent = Agent(LoggedIn(S(0)), StateChanged(S(100), AgentState.NotReady, "coaching"));

        AssertVerdict(Judge(new LongNotReadyRule(), agent, S(1899), settings), null, null, S(1900));
        AssertVerdict(Judge(new LongNotReadyRule(), agent, S(1900), settings), AlertSeverity.Warning, S(100), S(2500));
        AssertVerdict(Judge(new LongNotReadyRule(), agent, S(2500), settings), AlertSeverity.Critical, S(100), null);

        AssertVerdict(Judge(new LongNotReadyRule(), Agent(LoggedIn(S(0))), S(9000)), null, null, null);
    }

    // AgentStrain: 3 / 5 difficult calls in a row. Call k ends at 100k + 60.

    [Theory]
    [InlineData(0, null)]
    [InlineData(2, null)]
    [InlineData(3, AlertSeverity.Warning)]
    [InlineData(4, AlertSeverity.Warning)]
    [InlineData(5, AlertSeverity.Critical)]
    [InlineData(6, AlertSeverity.Critical)]
    public void AgentStrain_is_judged_on_difficult_calls_in_a_row_since_the_third(int difficult, AlertSeverity? severity)
    {
        var events = new List<AgentEvent> { LoggedIn(S(0)) };
        for (var k = 1; k <= difficult; k++)
        {
            events.AddRange(WholeCall($"c{k}", S(100 * k), S(100 * k + 5), S(100 * k + 60), difficult: true));
        }

        AssertVerdict(Judge(new AgentStrainRule(), Agent([.. events]), S(2000)), severity, severity is null ? null : S(360), null);
    }

    [Fact]
    public void AgentStrain_ends_with_a_break()
    {
        var agent = Agent(
        [
            LoggedIn(S(0)),
            .. WholeCall("c1", S(100), S(105), S(160), difficult: true),
            .. WholeCall("c2", S(200), S(205), S(260), difficult: true),
            .. WholeCall("c3", S(300), S(305), S(360), difficult: true),
            StateChanged(S(400), AgentState.NotReady, "break"),
        ]);

        AssertVerdict(Judge(new AgentStrainRule(), agent, S(500)), null, null, null);
    }

    // AssistanceRequested: critical at once.

    [Fact]
    public void AssistanceRequested_is_critical_at_once_since_the_hand_went_up()
    {
        var raised = Agent(LoggedIn(S(0)), ForAgent(Answered("c1", S(10))), HandRaised(S(40), "legal-threat"));

        var verdict = Judge(new AssistanceRequestedRule(), raised, S(40));
        AssertVerdict(verdict, AlertSeverity.Critical, S(40), null);
        Assert.Contains("legal-threat", verdict.Detail);

        var lowered = Agent(LoggedIn(S(0)), ForAgent(Answered("c1", S(10))), HandRaised(S(40), "legal-threat"), HandLowered(S(90)));
        AssertVerdict(Judge(new AssistanceRequestedRule(), lowered, S(100)), null, null, null);
    }

    [Fact]
    public void Crossing_a_count_level_takes_its_since_from_the_warning_level()
    {
        var times = new[] { S(1), S(2), S(3), S(4), S(5) };

        AssertVerdict(Crossing.OfCount(1, 2, 4, n => times[n - 1], "x"), null, null, null);
        AssertVerdict(Crossing.OfCount(2, 2, 4, n => times[n - 1], "x"), AlertSeverity.Warning, S(2), null);
        AssertVerdict(Crossing.OfCount(4, 2, 4, n => times[n - 1], "x"), AlertSeverity.Critical, S(2), null);
    }

    [Fact]
    public void A_rule_reads_time_from_the_clock_it_is_given_not_from_the_system()
    {
        var call = Call(Queued("c1", S(0)), Answered("c1", S(10)), Held("c1", S(100)));
        var longAgo = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        // A clock behind the hold start: not yet 60 s, look again at 60 s of hold.
        AssertVerdict(Judge(new LongHoldRule(), call, longAgo), null, null, S(160));
        Assert.Equal(SiteCalendar.Utc, SiteCalendar.For("UTC"));
    }
}
