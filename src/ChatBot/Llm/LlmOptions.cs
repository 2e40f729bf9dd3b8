using System.ComponentModel.DataAnnotations;

namespace ChatBot.Llm;

/// <summary>
/// The language model endpoint, ChatBot:Llm. One OpenAI-compatible section serves OpenAI, Azure OpenAI (v1
/// endpoint), Ollama, vLLM, LM Studio and llama.cpp's server. Without a ChatModel the bot answers extractively.
/// The API key comes from the environment (ChatBot__Llm__ApiKey) or user-secrets only, and is never logged.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "ChatBot:Llm";

    /// <summary>Base address of the OpenAI-compatible API, e.g. https://api.openai.com/v1 or http://localhost:11434/v1.</summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// Base address of the embeddings API when it is another server than <see cref="Endpoint"/> (llama.cpp and vLLM
    /// serve an embedding model from an instance of its own). Unset: <see cref="Endpoint"/>.
    /// </summary>
    public string? EmbeddingEndpoint { get; set; }

    /// <summary>Chat model (Azure: the deployment name). Unset: no LLM, extractive answers.</summary>
    public string? ChatModel { get; set; }

    /// <summary>Embedding model for dense retrieval. Unset: BM25 alone.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>The API key; from the environment only. Local servers that need none may leave it unset.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Longest one model request may take, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "ChatBot:Llm:Timeout must be between 00:00:01 and 00:10:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most tokens in one reply.</summary>
    [Range(64, 32768, ErrorMessage = "ChatBot:Llm:MaxOutputTokens must be between 64 and 32768.")]
    public int MaxOutputTokens { get; set; } = 800;

    /// <summary>
    /// The request field that carries <see cref="MaxOutputTokens"/>: "max_completion_tokens" (OpenAI's current
    /// field, which the SDK sends; vLLM and llama.cpp's server read it) or "max_tokens" (the older field, for
    /// servers that read only that, such as Ollama's OpenAI-compatible endpoint as documented).
    /// </summary>
    [RegularExpression("^(max_completion_tokens|max_tokens)$", ErrorMessage = "ChatBot:Llm:OutputTokensField must be max_completion_tokens or max_tokens.")]
    public string OutputTokensField { get; set; } = "max_completion_tokens";

    /// <summary>True when the reply limit goes out as max_tokens.</summary>
    public bool SendsLegacyMaxTokens => OutputTokensField == "max_tokens";

    /// <summary>Most tokens of story text in one prompt; more is summarised per story first, or cut.</summary>
    [Range(500, 1_000_000, ErrorMessage = "ChatBot:Llm:ContextTokenBudget must be between 500 and 1000000.")]
    public int ContextTokenBudget { get; set; } = 6000;

    /// <summary>"json" (a JSON response format) or "tagged" (plain text with tags, for servers without JSON mode).</summary>
    [RegularExpression("^(?i)(json|tagged)$", ErrorMessage = "ChatBot:Llm:ResponseFormat must be json or tagged.")]
    public string ResponseFormat { get; set; } = "json";

    /// <summary>Retries on 429 and 5xx, within <see cref="Timeout"/>.</summary>
    [Range(0, 10, ErrorMessage = "ChatBot:Llm:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Texts per embeddings request.</summary>
    [Range(1, 2048, ErrorMessage = "ChatBot:Llm:EmbeddingBatchSize must be between 1 and 2048.")]
    public int EmbeddingBatchSize { get; set; } = 64;

    /// <summary>Folder of answer.md, summarize.md and disagreements.md; default: prompts/ in the working directory, else beside the executable.</summary>
    public string? PromptsPath { get; set; }

    /// <summary>True when a chat model is configured.</summary>
    public bool HasChat => !string.IsNullOrWhiteSpace(ChatModel);

    /// <summary>True when an embedding model is configured.</summary>
    public bool HasEmbeddings => !string.IsNullOrWhiteSpace(EmbeddingModel);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!HasChat && !HasEmbeddings) yield break;
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult("ChatBot:Llm:Endpoint must be an absolute http or https address when ChatBot:Llm:ChatModel or EmbeddingModel is set.", [nameof(Endpoint)]);
        }

        if (EmbeddingEndpoint is { Length: > 0 } && (!Uri.TryCreate(EmbeddingEndpoint, UriKind.Absolute, out var embeddings) || embeddings.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("ChatBot:Llm:EmbeddingEndpoint must be an absolute http or https address.", [nameof(EmbeddingEndpoint)]);
        }
    }

    /// <summary>Never prints the key.</summary>
    public override string ToString() => $"Llm(Endpoint={Endpoint}, EmbeddingEndpoint={EmbeddingEndpoint}, ChatModel={ChatModel}, EmbeddingModel={EmbeddingModel}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "unset" : "set")})";
}
