using ChatBot.Core.Index;

namespace ChatBot.Hosting;

/// <summary>The index access the running command asked for, as a service the stores are built with.</summary>
public sealed record IndexAccessMode(IndexAccess Access);
