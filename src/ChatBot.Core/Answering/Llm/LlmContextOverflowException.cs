namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// The endpoint refused the request because the prompt does not fit the model's context (llama.cpp's
/// exceed_context_size_error, OpenAI's context_length_exceeded). Worth one more try with fewer passages.
/// </summary>
public sealed class LlmContextOverflowException(string message) : Exception(message);
