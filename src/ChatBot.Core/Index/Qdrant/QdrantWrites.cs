using Qdrant.Client.Grpc;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Every write is sent with <c>wait</c> and counts only when Qdrant says it is <c>Completed</c>: an answer of
/// <c>Acknowledged</c> or <c>WaitTimeout</c> means the change is not yet visible to readers.
/// </summary>
internal static class QdrantWrites
{
    public static void EnsureCompleted(UpdateResult result, string what)
    {
        if (result.Status == UpdateStatus.Completed) return;

        throw new QdrantRequestException(
            $"Qdrant accepted {what} but reported status '{result.Status}' instead of 'Completed'; the change may not be applied yet.",
            null,
            isTransient: true);
    }
}
