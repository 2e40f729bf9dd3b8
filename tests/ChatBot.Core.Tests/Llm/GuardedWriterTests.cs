using ChatBot.Core.Answering.Llm;
using Microsoft.Extensions.AI;

namespace ChatBot.Core.Tests.Llm;

public sealed class GuardedWriterTests
{
    private static readonly PromptTemplate Template = PromptTemplate.Parse("answer", "Rules.\n<<user>>\n{{$question}}\n{{$passages}}\n{{$failures}}\n{{$format}}");

    [Fact]
    public async Task A_reply_that_loses_all_support_is_regenerated_once_with_the_failures_listed()
    {
        var chat = new ScriptedChatClient((messages, _) => messages[1].Text.Contains("could not be used", StringComparison.Ordinal)
            ? """{"answer": "About 7,000 engineers moved [1].", "citations": [{"n": 1, "sentence": "S4"}]}"""
            : """{"answer": "Meta fired everyone [1].", "citations": [{"n": 1, "sentence": "S12"}]}""");

        var written = await new GuardedWriter(LlmFixtures.Kernel(chat), LlmSettings.Default).WriteAsync("answer", Template, new Dictionary<string, string> { ["question"] = "q" }, LlmFixtures.Passages());

        Assert.NotNull(written);
        Assert.Equal(2, chat.Calls.Count);
        Assert.Contains("S12", chat.Calls[1].Messages[1].Text, StringComparison.Ordinal);
        Assert.Equal("hyper.txt", Assert.Single(written.Citations).SourceId);
        var format = Assert.IsType<ChatResponseFormatJson>(chat.Calls[0].Options!.ResponseFormat);
        Assert.Equal("cited_answer", format.SchemaName);
        Assert.Equal(ReplyFormats.Schema.GetRawText(), format.Schema!.Value.GetRawText());
        Assert.Equal(LlmSettings.Default.MaxOutputTokens, chat.Calls[0].Options!.MaxOutputTokens);
    }

    [Fact]
    public async Task Two_unusable_replies_give_no_answer()
    {
        var chat = new ScriptedChatClient((_, _) => "not json at all");

        var written = await new GuardedWriter(LlmFixtures.Kernel(chat), LlmSettings.Default).WriteAsync("answer", Template, new Dictionary<string, string> { ["question"] = "q" }, LlmFixtures.Passages());

        Assert.Null(written);
        Assert.Equal(2, chat.Calls.Count);
    }

    [Fact]
    public async Task The_tagged_setting_asks_without_a_json_response_format()
    {
        var chat = new ScriptedChatClient((_, _) => "<answer>Workers called it a gulag [1].</answer><cite n=\"1\" sentence=\"S2\"/>");

        var written = await new GuardedWriter(LlmFixtures.Kernel(chat), LlmSettings.Default with { JsonResponseFormat = false }).WriteAsync("answer", Template, new Dictionary<string, string> { ["question"] = "q" }, LlmFixtures.Passages());

        Assert.NotNull(written);
        Assert.Null(chat.Calls[0].Options!.ResponseFormat);
        Assert.Contains("<cite n=", chat.Calls[0].Messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_says_the_passages_do_not_answer_is_not_asked_again()
    {
        var chat = new ScriptedChatClient((_, _) => """{"answered": false, "answer": "", "citations": []}""");

        var written = await new GuardedWriter(LlmFixtures.Kernel(chat), LlmSettings.Default).WriteAsync("answer", Template, new Dictionary<string, string> { ["question"] = "q" }, LlmFixtures.Passages());

        Assert.Null(written);
        Assert.Single(chat.Calls);
    }
}
