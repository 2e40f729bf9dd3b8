using Grpc.Core;
using Qdrant.Client.Grpc;

namespace ChatBot.Testing.Qdrant;

/// <summary>Qdrant's point ids: unsigned integers or UUIDs, the latter compared in their canonical form.</summary>
public static class FakeIds
{
    public static string Canonical(PointId id) => id.PointIdOptionsCase switch
    {
        PointId.PointIdOptionsOneofCase.Num => id.Num.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PointId.PointIdOptionsOneofCase.Uuid when Guid.TryParse(id.Uuid, out var uuid) => uuid.ToString("D"),
        _ => throw new RpcException(new Status(StatusCode.InvalidArgument, $"Unable to parse UUID: {id.Uuid}")),
    };

    /// <summary>The wire form of a stored id: a number when it is one, a UUID otherwise.</summary>
    public static PointId ToPointId(string id) => ulong.TryParse(id, out var number) ? new PointId { Num = number } : new PointId { Uuid = id };
}
