using ChatBot.Configuration;
using ChatBot.Worker;

namespace ChatBot.Tests.Worker;

public class SourceScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 3, 8, 0, 0, TimeSpan.Zero);

    private static readonly SourceOptions[] Sources =
    [
        new() { Name = "seeds", Type = "Folder", Path = "seeds", Interval = TimeSpan.FromMinutes(15) },
        new() { Name = "wire", Type = "Feed", Url = "https://wire.example/rss", Interval = TimeSpan.FromMinutes(5) },
    ];

    [Fact]
    public void Every_source_is_due_at_start_up_then_each_on_its_own_interval()
    {
        var schedule = new SourceSchedule(Sources, Start, dueNow: true);

        Assert.Equal(["seeds", "wire"], schedule.Due(Start));
        schedule.Ran(null, Start);
        Assert.Empty(schedule.Due(Start.AddMinutes(4)));
        Assert.Equal(Start.AddMinutes(5), schedule.NextDue);
        Assert.Equal(["wire"], schedule.Due(Start.AddMinutes(5)));
        schedule.Ran("wire", Start.AddMinutes(5));
        Assert.Empty(schedule.Due(Start.AddMinutes(9)));
        Assert.Equal(["wire"], schedule.Due(Start.AddMinutes(10)));
        Assert.Equal(["seeds", "wire"], schedule.Due(Start.AddMinutes(15)));
    }

    [Fact]
    public void Without_a_start_up_run_the_first_run_waits_one_interval()
    {
        var schedule = new SourceSchedule(Sources, Start, dueNow: false);

        Assert.Empty(schedule.Due(Start));
        Assert.Equal(Start.AddMinutes(5), schedule.NextDue);
    }

    [Fact]
    public void An_on_demand_run_of_a_source_postpones_its_next_scheduled_run()
    {
        var schedule = new SourceSchedule(Sources, Start, dueNow: false);

        schedule.Ran("WIRE", Start.AddMinutes(3));

        Assert.Empty(schedule.Due(Start.AddMinutes(5)));
        Assert.Equal(["wire"], schedule.Due(Start.AddMinutes(8)));
    }
}
