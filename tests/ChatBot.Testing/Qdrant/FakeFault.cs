using Google.Protobuf;
using Grpc.Core;

namespace ChatBot.Testing.Qdrant;

/// <summary>
/// A one-shot answer the fake gives instead of handling a matching call, leaving the state untouched: a gRPC
/// error status, or a response of its own (a write answered <c>WaitTimeout</c>).
/// </summary>
public sealed record FakeFault(Func<RecordedGrpcCall, bool> Matches, Status? Error, IMessage? Response);
