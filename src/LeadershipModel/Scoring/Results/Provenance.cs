namespace LeadershipModel.Scoring;

/// <summary>Where a profile came from: the instrument, the library version, and a fingerprint of the engine's options.</summary>
/// <param name="InstrumentId">The instrument id.</param>
/// <param name="InstrumentVersion">The instrument version.</param>
/// <param name="LibraryVersion">The version of the LeadershipModel package that scored it.</param>
/// <param name="OptionsFingerprint">A hash of every option and plug-in name in force; equal engines give equal fingerprints.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Provenance(string InstrumentId, string InstrumentVersion, string LibraryVersion, string OptionsFingerprint);
