namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// The reply stopped at the output limit (finish_reason "length"): its JSON or tags are cut, so it cannot be read.
/// Worth one more try with fewer passages, which leaves the model less to cite and write about.
/// </summary>
public sealed class LlmReplyTruncatedException(string message) : Exception(message);
