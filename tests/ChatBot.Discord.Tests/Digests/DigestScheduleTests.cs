using System.ComponentModel.DataAnnotations;
using ChatBot.Discord.Digests;
using ChatBot.Discord.Hosting;

namespace ChatBot.Discord.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 1, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_daily_schedule_is_due_at_its_utc_time_today_then_tomorrow()
    {
        Assert.True(DigestSchedule.TryParse("daily 08:00", out var schedule));

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), schedule.NextAfter(Morning));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), schedule.NextAfter(Morning.AddMinutes(30)));
    }

    [Theory]
    [InlineData("every 30m", 30)]
    [InlineData("every 6h", 360)]
    [InlineData("Every 1d", 1440)]
    public void An_interval_schedule_is_due_that_long_after_the_previous_digest(string text, int minutes)
    {
        Assert.True(DigestSchedule.TryParse(text, out var schedule));

        Assert.Equal(Morning.AddMinutes(minutes), schedule.NextAfter(Morning));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hourly")]
    [InlineData("daily 25:00")]
    [InlineData("every 0h")]
    public void A_schedule_that_is_neither_is_refused_naming_the_key(string text)
    {
        var options = new DiscordOptions { Token = "t", Digests = [new DigestOptions { ChannelId = "123", Schedule = text }] };

        var errors = options.Validate(new ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.StartsWith("ChatBot:Discord:Digests:0:Schedule", StringComparison.Ordinal));
    }
}
