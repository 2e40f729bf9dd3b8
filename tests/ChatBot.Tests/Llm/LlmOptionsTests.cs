using ChatBot.Hosting;
using ChatBot.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Tests.Llm;

public sealed class LlmOptionsTests
{
    [Fact]
    public void A_chat_model_without_an_endpoint_stops_the_host_with_a_sentence_naming_the_key()
    {
        var builder = ChatBotHost.CreateBuilder(new Dictionary<string, string?> { ["ChatBot:Llm:ChatModel"] = "gpt-4o-mini", ["ChatBot:Llm:Endpoint"] = null });
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains("ChatBot:Llm:Endpoint", string.Join(" ", error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void An_api_key_in_a_json_settings_file_is_refused()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatbot-options-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "appsettings.json");
            File.WriteAllText(file, """{"ChatBot": {"Llm": {"ApiKey": "sk-in-file"}}}""");
            var configuration = new ConfigurationBuilder().AddJsonFile(file).Build();

            var result = new ApiKeySourceValidator(configuration).Validate(null, new LlmOptions { ApiKey = "sk-in-file" });

            Assert.True(result.Failed);
            Assert.Contains("ChatBot__Llm__ApiKey", result.FailureMessage, StringComparison.Ordinal);
            Assert.DoesNotContain("sk-in-file", result.FailureMessage, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Without_a_model_the_pipeline_is_extractive_and_the_options_never_print_the_key()
    {
        using var host = ChatBotHost.CreateBuilder(new Dictionary<string, string?> { ["ChatBot:Llm:ApiKey"] = "sk-secret-value" }).Build();

        Assert.Equal("extractive", host.Services.GetRequiredService<AnswerPipelineFactory>().Mode);
        Assert.DoesNotContain("sk-secret-value", host.Services.GetRequiredService<IOptions<LlmOptions>>().Value.ToString(), StringComparison.Ordinal);
    }
}
