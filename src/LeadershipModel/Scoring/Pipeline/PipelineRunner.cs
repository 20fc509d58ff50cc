using System.Text;
using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>
/// Runs the steps of the pipeline in their declared order and alone owns failure isolation, as Serilog's
/// <c>SafeAggregateEnricher</c> does: a faulting step is named in the result, its writes never reach the
/// context (steps commit only after their plug-in returned), and its documented fallback is applied. Scoring
/// therefore never throws for a plug-in's fault.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed class PipelineRunner
{
    private readonly PipelineStep[] _steps;
    private readonly ScoringObserver[] _observers;

    public PipelineRunner(IEnumerable<PipelineStep> steps, IEnumerable<ScoringObserver> observers)
    {
        _steps = [.. steps];
        _observers = [.. observers];
    }

    /// <summary>Gets the steps, in the order they run.</summary>
    public IReadOnlyList<PipelineStep> Steps => _steps;

    /// <summary>Scores one set of a known instrument.</summary>
    /// <param name="compiled">The instrument.</param>
    /// <param name="set">The set.</param>
    /// <param name="index">Its position.</param>
    /// <returns>The profile or rejection.</returns>
    public ScoringResult Score(CompiledInstrument compiled, ResponseSet set, long index) => Run(compiled, set, index, null);

    /// <summary>Rejects a set the engine cannot score at all (unknown instrument or version); observers still hear of it.</summary>
    /// <param name="set">The set.</param>
    /// <param name="index">Its position.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The rejection.</returns>
    public ScoringResult Reject(ResponseSet set, long index, RejectionReason reason) => Run(null, set, index, reason);

    /// <summary>Writes the canonical descriptions of the steps that affect results, one a line, in order.</summary>
    /// <param name="text">Receives the descriptions.</param>
    public void Describe(StringBuilder text)
    {
        foreach (var step in _steps)
        {
            if (step.AffectsResults)
            {
                step.Describe(new StepDescription(text, step));
                text.Append('\n');
            }
        }
    }

    private ScoringResult Run(CompiledInstrument? compiled, ResponseSet set, long index, RejectionReason? rejected)
    {
        var context = ScoringContext.Rent(compiled, set, index);
        try
        {
            if (rejected is not null)
            {
                context.Reject([rejected]);
            }

            foreach (var step in _steps)
            {
                if (!context.IsRejected || step.RunsOnRejection)
                {
                    Execute(step, context);
                }
            }

            return context.ToResult();
        }
        finally
        {
            ScoringContext.Return(context);
        }
    }

    private void Execute(PipelineStep step, ScoringContext context)
    {
        context.FaultItemIndex = -1;
        context.FaultScaleIndex = -1;
        try
        {
            step.Run(context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var detail = ex is PluginResultException ? ex.Message : Describe(ex);
            var failure = new PluginFailure(step.PluginName, step.Step, detail);
            if (step.Fallback != StepFallback.Record && !context.IsRejected)
            {
                var where = context.FaultItem is { } item ? $" on item '{item.Id}'" : context.FaultScale is { } scale ? $" on scale '{scale.Key}'" : "";
                var message = ex is PluginResultException
                    ? $"{step.PluginKind} '{step.PluginName}' {detail}"
                    : $"{step.PluginKind} '{step.PluginName}' failed{where}: {detail}";
                var reason = new RejectionReason(RejectionCodes.PluginFailed, message, context.FaultItem?.Id, step.Step);
                if (step.Fallback == StepFallback.AddProblem)
                {
                    (context.Problems ??= []).Add(reason);
                }
                else
                {
                    context.Reject([reason]);
                }
            }
            else
            {
                if (!context.IsRejected)
                {
                    (context.Failures ??= []).Add(failure);
                }

                step.OnFault(context);
            }

            Notify(context.Index, failure, ex);
        }
    }

    private void Notify(long index, PluginFailure failure, Exception exception)
    {
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnPluginFailed(new PluginFailedArguments(index, failure, exception));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // An observer that fails while hearing of a failure is not told again: that could loop.
            }
        }
    }

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
}
