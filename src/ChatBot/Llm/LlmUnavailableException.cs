namespace ChatBot.Llm;

/// <summary>The model endpoint failed recently and is not asked again until a short pause has passed.</summary>
public sealed class LlmUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
