using System.Net;

namespace ChatBot.Hosting;

/// <summary>
/// The HTTP statuses worth asking again, for every outgoing client (web pages and feeds, the model endpoint):
/// timeouts, rate limits, server errors other than 501, which says the feature is not there (llama.cpp without
/// --embeddings) and never will be within this request. Other 4xx are the request's own problem.
/// </summary>
internal static class TransientStatus
{
    public static bool Is(int status) => status is 408 or 429 or (>= 500 and not 501);

    public static bool Is(HttpStatusCode status) => Is((int)status);
}
