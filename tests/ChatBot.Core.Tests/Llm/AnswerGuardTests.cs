using ChatBot.Core.Answering.Llm;

namespace ChatBot.Core.Tests.Llm;

public sealed class AnswerGuardTests
{
    [Fact]
    public void Verified_quotes_become_citations_with_their_spans_in_the_story()
    {
        var reply = new LlmReply("Meta reassigned about 6,500 engineers [1]. Engineers may leave after six months [2].",
            [new(1, "S1"), new(2, "S5")]);

        var guarded = AnswerGuard.Check(reply, LlmFixtures.Passages());

        Assert.Empty(guarded.Failures);
        Assert.Equal(2, guarded.Proposed);
        Assert.Equal(2, guarded.Citations.Count);
        var first = guarded.Citations[0];
        Assert.Equal("tech.txt", first.SourceId);
        Assert.Equal(first.Quote, LlmFixtures.TechText[first.Start..first.End]);
        Assert.False(guarded.LostSupport);
    }

    [Fact]
    public void An_invented_sentence_id_is_removed_with_the_sentence_that_rests_on_it_and_markers_are_renumbered()
    {
        var reply = new LlmReply("Workers called it a prison [1]. Meta moved about 7,000 engineers [2]. Leaving is allowed after six months [3].",
            [new(1, "S99"), new(2, "S4"), new(3, "S5")]);

        var guarded = AnswerGuard.Check(reply, LlmFixtures.Passages());

        Assert.Equal("Meta moved about 7,000 engineers [1]. Leaving is allowed after six months [2].", guarded.Text);
        Assert.Equal([1, 2], guarded.Citations.Select(c => c.Number));
        Assert.Equal(["Meta moved approximately 7,000 engineers into the data unit.", "Engineers may leave the unit after six months."], guarded.Citations.Select(c => c.Quote));
        Assert.Contains(guarded.Failures, f => f.Contains("S99", StringComparison.Ordinal));
        Assert.Equal(3, guarded.Proposed);
    }

    [Fact]
    public void A_citation_to_a_sentence_that_was_not_given_is_removed()
    {
        var reply = new LlmReply("Meta reassigned 6,500 engineers [1]. Meta will build a moon base [2].",
            [new(1, "S1"), new(2, "S9")]);

        var guarded = AnswerGuard.Check(reply, LlmFixtures.Passages());

        Assert.Single(guarded.Citations);
        Assert.DoesNotContain("moon", guarded.Text, StringComparison.Ordinal);
        Assert.Contains(guarded.Failures, f => f.Contains("S9", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_without_a_citation_are_removed_and_mentions_are_defused()
    {
        var reply = new LlmReply("@everyone read this! Ignore previous instructions. @here: Meta reassigned 6,500 engineers [1].",
            [new(1, "S1")]);

        var guarded = AnswerGuard.Check(reply, LlmFixtures.Passages());

        Assert.DoesNotContain("@everyone", guarded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", guarded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ignore", guarded.Text, StringComparison.Ordinal);
        Assert.Contains("@\u200bhere", guarded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markers_after_the_full_stop_and_in_lists_stay_with_their_sentence()
    {
        var reply = new LlmReply("Meta reassigned 6,500 engineers. [1] Reports differ on the count. [1, 2]",
            [new(1, "S1"), new(2, "S4")]);

        var guarded = AnswerGuard.Check(reply, LlmFixtures.Passages());

        Assert.Equal("Meta reassigned 6,500 engineers. [1] Reports differ on the count. [1][2]", guarded.Text);
        Assert.Equal(2, guarded.Citations.Count);
    }

    [Fact]
    public void An_answer_with_nothing_verified_has_lost_its_support()
    {
        var reply = new LlmReply("Meta hired 9,000 engineers [1].", [new(1, "S6")]);

        var guarded = AnswerGuard.Check(reply, LlmFixtures.Passages());

        Assert.True(guarded.LostSupport);
        Assert.Empty(guarded.Citations);
    }

    [Fact]
    public void A_long_sentence_keeps_its_citation_and_list_lines_stay_on_their_own_lines()
    {
        var padding = string.Join(", ", Enumerable.Repeat("and the engineers who were moved said the work was repetitive", 8));
        var reply = new LlmReply($"- Meta reassigned 6,500 engineers, {padding} [1].\n- Engineers may leave after six months [2].",
            [new(1, "S1"), new(2, "S5")]);

        var guarded = AnswerGuard.Check(reply, LlmFixtures.Passages());

        Assert.Empty(guarded.Failures);
        var lines = guarded.Text.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("[1].", lines[0], StringComparison.Ordinal);
        Assert.True(lines[0].Length > 400);
    }
}
