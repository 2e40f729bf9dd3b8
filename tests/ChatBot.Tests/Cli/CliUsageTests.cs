using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>Arguments that cannot be acted on: one sentence each, exit 2, nothing run.</summary>
public class CliUsageTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_question_is_a_usage_error_not_a_refusal(string question)
    {
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, null, "ask", question);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.StartsWith("The question is empty", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("Сколько инженеров перевели?")]
    [InlineData("有多少工程师被调岗？")]
    [InlineData("What is it?")]
    public async Task A_question_with_no_word_the_index_can_read_says_so(string question)
    {
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, null, "ask", "--json", question);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("it reads English", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task An_unknown_source_name_lists_the_known_ones()
    {
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, null, "reindex", "nope");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["There is no source named 'nope'; the configured sources are: seeds."], result.ErrorLines);
        Assert.DoesNotContain("Parameter", result.Error);
        Assert.False(Directory.Exists(Path.Combine(workspace.Path, "data")));
    }

    [Fact]
    public async Task A_since_that_is_not_a_date_is_one_sentence()
    {
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, null, "summarize", "--since", "last tuesday-ish");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["--since last tuesday-ish is not a date: write it like 2026-05-01."], result.ErrorLines);
    }

    [Fact]
    public async Task An_option_the_verb_does_not_have_is_one_line_and_exit_2_not_the_help_text()
    {
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, null, "sources", "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["Unrecognized command or argument '--bogus' (see chatbot sources --help)."], result.ErrorLines);
        Assert.Empty(result.Output);
    }
}
