using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LeadershipModel.Instruments;

namespace LeadershipModel.Serialization;

/// <summary>Gives <see cref="CanonicalInstruments"/> the JSON reader of its embedded forms, so that the domain never references this namespace.</summary>
internal static class CanonicalFormReader
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Inverts the one dependency of the domain on serialization: only a delegate is stored, nothing is read until a form is used.")]
    internal static void Register() => CanonicalInstruments.FormReader = static stream => JsonFormats.Instrument.Read(stream).GetValueOrThrow();
}
