using ChatBot.Core.Answering.Llm;
using ChatBot.Core.Disagreements.Llm;

namespace ChatBot.Core.Tests.Llm;

public sealed class LlmReplyParserTests
{
    [Fact]
    public void A_json_reply_in_a_code_fence_is_read()
    {
        var reply = LlmReplyParser.Parse("```json\n{\"answered\": true, \"answer\": \"Text [1].\", \"citations\": [{\"n\": 1, \"sentence\": \"S2\", \"quote\": \"a quote the model altered\"}]}\n```");

        Assert.Equal("Text [1].", reply.Text);
        Assert.Equal(new ProposedCitation(1, "S2"), Assert.Single(reply.Citations));
        Assert.True(reply.Answered);
    }

    [Fact]
    public void The_tagged_form_is_read_when_there_is_no_json()
    {
        var reply = LlmReplyParser.Parse("<answer>Text [1] and [2].</answer>\n<cite n=\"1\" sentence=\"S1\"/>\n<cite n=\"2\" sentence=\"S3\"/>");

        Assert.Equal("Text [1] and [2].", reply.Text);
        Assert.Equal(["S1", "S3"], reply.Citations.Select(c => c.SentenceId));
    }

    [Fact]
    public void A_malformed_reply_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => LlmReplyParser.Parse("{\"answer\": \"unterminated"));
        Assert.Throws<FormatException>(() => LlmReplyParser.Parse("Sure! Here is the answer."));
    }

    [Fact]
    public void A_refusal_is_read_as_not_answered()
    {
        Assert.False(LlmReplyParser.Parse("{\"answered\": false, \"answer\": \"\", \"citations\": []}").Answered);
    }

    [Fact]
    public void Disagreements_are_read_from_json_and_from_tags()
    {
        var json = DisagreementReplyParser.Parse("{\"disagreements\": [{\"topic\": \"engineers\", \"kind\": \"number\", \"claims\": [{\"sentence\": \"S1\", \"value\": \"6,500\"}, {\"sentence\": \"S4\", \"value\": \"7,000\"}]}]}");
        var tagged = DisagreementReplyParser.Parse("<conflict topic=\"engineers\" kind=\"number\"><claim sentence=\"S1\" value=\"6,500\"/><claim sentence=\"S4\" value=\"7,000\"/></conflict>");

        Assert.Equal(json.Single().Claims, tagged.Single().Claims);
        Assert.Empty(DisagreementReplyParser.Parse("<none/>"));
        Assert.Empty(DisagreementReplyParser.Parse("{\"disagreements\": []}"));
    }
}
