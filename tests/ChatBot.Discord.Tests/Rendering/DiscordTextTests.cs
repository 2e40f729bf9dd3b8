using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Tests.Rendering;

public sealed class DiscordTextTests
{
    [Theory]
    [InlineData("@everyone")]
    [InlineData("@here")]
    public void Mass_mentions_get_a_zero_width_space_after_the_at_sign(string mention)
    {
        var escaped = DiscordText.Escape($"Hello {mention}!");

        Assert.DoesNotContain(mention, escaped, StringComparison.Ordinal);
        Assert.Contains("@\u200B" + mention[1..], escaped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<@80351110224678912>")]
    [InlineData("<@!80351110224678912>")]
    [InlineData("<@&165511591545143296>")]
    [InlineData("<#41771983423143937>")]
    [InlineData("<t:1618953630:R>")]
    public void User_role_and_channel_mentions_cannot_form(string mention)
    {
        var escaped = DiscordText.Escape($"see {mention}");

        Assert.DoesNotContain(mention, escaped, StringComparison.Ordinal);
        Assert.DoesNotMatch("<[@#&!:t]", escaped);
    }

    [Fact]
    public void Masked_links_and_markdown_are_escaped()
    {
        var escaped = DiscordText.Escape("[click](https://evil.example) **bold** _it_ `code` ||spoiler|| ~~gone~~ # Heading\n> quote");

        Assert.DoesNotContain("[click](", escaped, StringComparison.Ordinal);
        Assert.Contains(@"\[click\]\(https://evil.example\)", escaped, StringComparison.Ordinal);
        Assert.Contains(@"\*\*bold\*\*", escaped, StringComparison.Ordinal);
        Assert.Contains(@"\_it\_", escaped, StringComparison.Ordinal);
        Assert.Contains(@"\`code\`", escaped, StringComparison.Ordinal);
        Assert.Contains(@"\|\|spoiler\|\|", escaped, StringComparison.Ordinal);
        Assert.Contains(@"\~\~gone\~\~", escaped, StringComparison.Ordinal);
        Assert.Contains(@"\# Heading", escaped, StringComparison.Ordinal);
        Assert.Contains(@"\> quote", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Citation_markers_stay_as_they_are()
    {
        Assert.Equal("It rose by 5%. [1] [12]", DiscordText.Escape("It rose by 5%. [1] [12]"));
    }
}
