using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using LeadershipModel.Feedback;
using LeadershipModel.Interactive.Html;
using LeadershipModel.Scoring;
using Microsoft.DotNet.Interactive.Formatting;

namespace LeadershipModel.Interactive;

/// <summary>
/// Registers the .NET Interactive formatters that show LeadershipModel's results in a notebook: a
/// <see cref="LeadershipProfile"/> (or a <see cref="LeadershipProfileView"/>) as the HTML report with its radar
/// chart inline, a <see cref="DimensionSet"/> as a table of dimensions and poles, and reliability results
/// (<see cref="AlphaResult"/>, a list of them, <see cref="ScoreItemsResult"/>) as tables.
/// </summary>
/// <remarks>
/// <para>Loading the package in a notebook (<c>#r "nuget: LeadershipModel.Interactive, …"</c>) registers the
/// formatters by itself, through the package's <c>interactive-extensions/dotnet/extension.dib</c>. Elsewhere (a host
/// that uses the Formatting package directly, a test) call <see cref="Register()"/> once.</para>
/// <para>Every name, id, label and key is HTML-encoded: a respondent id such as <c>&lt;script&gt;</c> shows as text.</para>
/// <para>Registration is idempotent and thread-safe. <see cref="Formatter.ResetToDefault"/> removes the formatters;
/// the next <see cref="Register()"/> adds them again.</para>
/// </remarks>
public static class LeadershipModelFormatters
{
    private static readonly object s_gate = new();
    private static volatile LeadershipModelFormatterOptions s_options = LeadershipModelFormatterOptions.Default;

    /// <summary>Gets the options the formatters use; <see cref="LeadershipModelFormatterOptions.Default"/> until <see cref="Register(LeadershipModelFormatterOptions)"/> sets others.</summary>
    public static LeadershipModelFormatterOptions Options => s_options;

    /// <summary>Gets a value indicating whether the formatters are registered (and not removed since by <see cref="Formatter.ResetToDefault"/>).</summary>
    public static bool IsRegistered
    {
        get
        {
            lock (s_gate)
            {
                return Formatter.RegisteredFormatters(false).Any(IsOwn);
            }
        }
    }

    /// <summary>Registers the formatters, unless they are registered already. Safe to call any number of times, from any thread.</summary>
    public static void Register()
    {
        lock (s_gate)
        {
            // Looked up rather than remembered in a flag: Formatter.ResetToDefault() removes them without telling.
            if (!Formatter.RegisteredFormatters(false).Any(IsOwn))
            {
                RegisterAll();
            }
        }
    }

    /// <summary>Registers the formatters, unless they are registered already, and makes them use <paramref name="options"/> from now on (for the whole notebook).</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static void Register(LeadershipModelFormatterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        s_options = options;
        Register();
    }

    private static bool IsOwn(ITypeFormatter formatter) => formatter.GetType().IsGenericType
        && formatter.GetType().GetGenericTypeDefinition() == typeof(LeadershipTypeFormatter<>);

    private static void Add<T>(string mimeType, Action<T, TextWriter> write) => Formatter.Register(new LeadershipTypeFormatter<T>(mimeType, write));

    // The one place formatters are added. Each reads the options when it runs, so Register(options) applies to later outputs.
    private static void RegisterAll()
    {
        Add<LeadershipProfile>(HtmlFormatter.MimeType, (p, w) => ProfileHtml.Write(p, s_options.Dimensions, s_options, w));
        Add<LeadershipProfile>(PlainTextFormatter.MimeType, (p, w) => ProfileHtml.WritePlain(p, s_options.Dimensions, s_options, w));
        Add<LeadershipProfileView>(HtmlFormatter.MimeType, (v, w) => ProfileHtml.Write(v.Profile, v.Dimensions, s_options, w));
        Add<LeadershipProfileView>(PlainTextFormatter.MimeType, (v, w) => ProfileHtml.WritePlain(v.Profile, v.Dimensions, s_options, w));
        Add<DimensionSet>(HtmlFormatter.MimeType, (d, w) => DimensionSetHtml.Write(d, w));
        Add<DimensionSet>(PlainTextFormatter.MimeType, (d, w) => DimensionSetHtml.WritePlain(d, w));
        Add<AlphaResult>(HtmlFormatter.MimeType, (r, w) => ReliabilityHtml.WriteAlpha(r, s_options, w));
        Add<AlphaResult>(PlainTextFormatter.MimeType, (r, w) => ReliabilityHtml.WriteAlphaPlain(r, s_options, w));
        Add<IEnumerable<AlphaResult>>(HtmlFormatter.MimeType, (r, w) => ReliabilityHtml.WriteAlphas(r, s_options, w));
        Add<ScoreItemsResult>(HtmlFormatter.MimeType, (r, w) => ReliabilityHtml.WriteScoreItems(r, s_options, w));

        Add<FeedbackReport>(HtmlFormatter.MimeType, (r, w) => FeedbackReportHtml.Write(r, s_options, w));
    }
}
