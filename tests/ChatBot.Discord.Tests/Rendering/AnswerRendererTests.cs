using System.Text.RegularExpressions;
using ChatBot.Core.Answering;
using ChatBot.Core.Disagreements;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Rendering;

public sealed class AnswerRendererTests
{
    [Fact]
    public void The_first_screen_is_the_answer_then_where_the_sources_disagree_then_the_linked_citations()
    {
        var answer = Answers.Simple("how many engineers?") with { Disagreements = [Answers.Disagreement()] };

        var messages = AnswerRenderer.Render(answer);

        Assert.Equal(2, messages.Count);
        var first = messages[0];
        Assert.StartsWith("Answer to", first.Content, StringComparison.Ordinal);
        Assert.EndsWith(AnswerRenderer.DisagreementsHeading, first.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(AnswerRenderer.SourcesHeading, first.Content, StringComparison.Ordinal);
        Assert.Equal("engineers reassigned", Assert.Single(first.Embeds).Title);
        var sources = messages[1];
        Assert.Empty(sources.Embeds);
        Assert.StartsWith(AnswerRenderer.SourcesHeading, sources.Content, StringComparison.Ordinal);
        Assert.Contains("**[1]** [Story 1](<https://news.example/1>) — Example News, 1 May 2024", sources.Content, StringComparison.Ordinal);
        Assert.Contains("> The company reassigned 6,500 engineers to the new unit.", sources.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_disagreement_is_shown_once_the_embed_replacing_its_sentence_in_the_text()
    {
        var answer = Answers.Simple("how many engineers?") with
        {
            Text = "About 6,500 engineers were moved. [1]",
            Disagreements = [Answers.Disagreement()],
        };

        var messages = AnswerRenderer.Render(answer);

        var all = string.Join("\n", messages.Select(m => m.Content));
        Assert.DoesNotContain("The sources disagree on", all, StringComparison.Ordinal);
        Assert.Single(messages.SelectMany(m => m.Embeds));
        Assert.StartsWith("About 6,500 engineers were moved.", messages[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_disagreements_the_answer_and_its_sources_share_one_message()
    {
        var message = Assert.Single(AnswerRenderer.Render(Answers.Simple("q")));

        Assert.True(message.Content.IndexOf("Answer to", StringComparison.Ordinal) < message.Content.IndexOf(AnswerRenderer.SourcesHeading, StringComparison.Ordinal));
        Assert.Empty(message.Embeds);
    }

    [Fact]
    public void Each_side_of_a_disagreement_is_an_inline_field_with_outlet_value_and_quote()
    {
        var answer = Answers.Simple("q") with { Disagreements = [Answers.Disagreement()] };

        var embed = Assert.Single(AnswerRenderer.Render(answer)[0].Embeds);

        Assert.Equal("engineers reassigned", embed.Title);
        Assert.Collection(
            embed.Fields!,
            field =>
            {
                Assert.Equal("Example News", field.Name);
                Assert.Equal("**roughly 6,500**\n> Roughly 6,500 engineers were moved.", field.Value);
                Assert.True(field.Inline);
            },
            field =>
            {
                Assert.Equal("Other Times", field.Name);
                Assert.Equal("**7,000**\n> Some 7,000 engineers were moved.", field.Value);
                Assert.True(field.Inline);
            });
    }

    [Fact]
    public void A_story_containing_everyone_and_mentions_pings_nobody()
    {
        var answer = Answers.Simple("q") with
        {
            Text = "The memo was sent to @everyone and <@80351110224678912>. [1]",
            Citations = [Answers.Citation(1, "Staff were told: @everyone must return, said <@&165511591545143296> in [a post](https://evil.example).", "Memo to @here")],
            Disagreements =
            [
                new Disagreement("@everyone count", DisagreementKinds.Number,
                [
                    new DisagreementClaim("s1", "@here News", null, "<@1>", null, "Told @everyone.", 0, 1),
                    new DisagreementClaim("s2", "Other", null, "2", null, "See <#41771983423143937>.", 0, 1),
                ]),
            ],
        };

        var messages = AnswerRenderer.Render(answer);

        var message = messages[0];
        var embed = Assert.Single(message.Embeds);
        var all = string.Join("\n", new[] { messages[1].Content, embed.Title!, embed.Description ?? "" }
            .Concat(embed.Fields!.SelectMany(f => new[] { f.Name, f.Value })));
        Assert.DoesNotContain("@everyone", all, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<#", all, StringComparison.Ordinal);
        Assert.DoesNotContain("](https://evil", all, StringComparison.Ordinal);
        Assert.Contains("@\u200Beveryone", message.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_answer_with_many_citations_splits_between_citations_and_keeps_every_quote_whole()
    {
        var quotes = Enumerable.Range(1, 12).Select(i => $"Quote {i}: " + string.Join(" ", Enumerable.Repeat($"w{i}", 60)) + ".").ToList();
        var answer = new Answer(
            "q", true,
            string.Join(" ", Enumerable.Range(1, 40).Select(i => $"Claim {i} is supported by the reporting here. [{i % 12 + 1}]")),
            [.. quotes.Select((q, i) => Answers.Citation(i + 1, q))],
            [Answers.Disagreement()],
            AnswerTimings.Zero);

        var messages = AnswerRenderer.Render(answer);

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.True(m.Content.Length <= MessageSplitter.MessageLimit, $"{m.Content.Length} characters"));
        Assert.All(quotes, q => Assert.Single(messages, m => m.Content.Contains("> " + q, StringComparison.Ordinal)));
        Assert.All(messages, m => Assert.Equal(0, Regex.Matches(m.Content, @"\*\*").Count % 2));
        var embedded = Assert.Single(messages, m => m.Embeds.Count > 0);
        var firstSources = messages.ToList().FindIndex(m => m.Content.StartsWith(AnswerRenderer.SourcesHeading, StringComparison.Ordinal));
        Assert.True(messages.ToList().IndexOf(embedded) < firstSources);
    }

    [Fact]
    public void Many_long_disagreements_stay_within_the_embed_limits()
    {
        var longQuote = string.Join(" ", Enumerable.Repeat("Roughly *6,500* engineers_were_moved [1].", 60));
        var disagreements = Enumerable.Range(1, 14).Select(i => new Disagreement(
            $"topic {i} " + new string('t', 300), DisagreementKinds.Number,
            [.. Enumerable.Range(1, 4).Select(j => new DisagreementClaim($"s{j}", new string('o', 300), null, "6,500", "roughly", longQuote, 0, 1))],
            Note: new string('n', 5000))).ToList();
        var answer = Answers.Simple("q") with { Disagreements = disagreements };

        var messages = AnswerRenderer.Render(answer);

        Assert.Equal(14, messages.Sum(m => m.Embeds.Count));
        Assert.All(messages, m =>
        {
            Assert.True(m.Embeds.Count <= EmbedLimits.EmbedsPerMessage);
            Assert.True(m.Embeds.Sum(e => e.CharacterCount()) <= EmbedLimits.TotalPerMessage, $"{m.Embeds.Sum(e => e.CharacterCount())} characters of embeds");
            Assert.All(m.Embeds, e =>
            {
                Assert.True(e.Title!.Length <= EmbedLimits.Title);
                Assert.True((e.Description ?? "").Length <= EmbedLimits.Description);
                Assert.All(e.Fields!, f => Assert.True(f.Name.Length <= EmbedLimits.FieldName && f.Value.Length <= EmbedLimits.FieldValue));
            });
        });
    }

    [Fact]
    public void An_unanswered_question_renders_its_text_and_notices()
    {
        var answer = new Answer("q", false, "The stories don't say.", [], [], AnswerTimings.Zero, Notices: ["The model was unavailable."]);

        var message = Assert.Single(AnswerRenderer.Render(answer));

        Assert.Equal("The stories don't say.\n\n-# The model was unavailable.", message.Content);
        Assert.Empty(message.Embeds);
    }

    [Fact]
    public void A_story_without_title_or_outlet_is_named_by_its_display_name_never_its_file_name()
    {
        const string quote = "More than 1,000 people in the company have signed the petition.";
        var untitled = new Citation(1, "002_e4c26bd9cbecf148.txt", null, null, null, null, quote, 0, quote.Length, DisplayName: "Meta employees reported Wednesday that in the company’s…");
        var side = new DisagreementClaim("002_e4c26bd9cbecf148.txt", null, null, "1,000", "more than", quote, 0, quote.Length, DisplayName: untitled.DisplayName);
        var answer = Answers.Simple("how many signed?") with
        {
            Citations = [untitled],
            Disagreements = [new Disagreement("employees signed", DisagreementKinds.Number, [side, Answers.Disagreement().Claims[1]])],
        };

        var messages = AnswerRenderer.Render(answer);

        var all = string.Join("\n", messages.Select(m => m.Content + string.Join("", m.Embeds.SelectMany(e => e.Fields ?? []).Select(f => f.Name))));
        Assert.Contains("**[1]** Meta employees reported Wednesday that in the company’s…", all, StringComparison.Ordinal);
        Assert.Contains(messages.SelectMany(m => m.Embeds).SelectMany(e => e.Fields ?? []), f => f.Name == "Meta employees reported Wednesday that in the company’s…");
        Assert.DoesNotContain("002_e4c26bd9cbecf148.txt", all, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_leads_with_its_disagreements_in_its_text_and_gets_no_embed_repeating_them()
    {
        var answer = Answers.Simple("summary") with
        {
            Text = "2 reports, 2 independent.\n\nWhere the sources disagree:\nThe sources disagree on engineers reassigned: Example News says roughly 6,500 [1].",
            Disagreements = [Answers.Disagreement()],
            Summary = new SummaryOutline(2, 2, [], []),
        };

        var messages = AnswerRenderer.Render(answer);

        Assert.All(messages, m => Assert.Empty(m.Embeds));
        var all = string.Join("\n", messages.Select(m => m.Content));
        Assert.StartsWith("2 reports, 2 independent.", all, StringComparison.Ordinal);
        Assert.True(all.IndexOf("The sources disagree on", StringComparison.Ordinal) < all.IndexOf(AnswerRenderer.SourcesHeading, StringComparison.Ordinal));
        Assert.DoesNotContain(AnswerRenderer.DisagreementsHeading, all, StringComparison.Ordinal);
    }
}
