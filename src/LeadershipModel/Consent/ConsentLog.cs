using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>Folds a consent event log over an initial state: the state at any step, and the invalid sequences.</summary>
/// <remarks>
/// <para>The rules, applied to the events in log order:</para>
/// <list type="bullet">
/// <item><description>Steps never go back, and every event comes after the initial state's step. Moving on to a
/// later step ends the levers of the step before (a reward or a sanction lasts for the step it is used in).</description></item>
/// <item><description><c>role-granted</c> needs no role to be held and sets the positional bases; <c>role-revoked</c>
/// needs a role and removes it.</description></item>
/// <item><description><c>consent-granted</c> needs a follower who does not consent; <c>consent-withdrawn</c> one who
/// does. Withdrawing keeps the follower's grant, which counts again when they consent again.</description></item>
/// <item><description><c>expertise-shown</c> raises the follower's expert and informational grant by its amount;
/// <c>trust-broken</c> lowers their referent grant by it; both clamped to [0, 1].</description></item>
/// <item><description><c>reward-offered</c> (the carrot) needs a role with reward power above 0 and counts one reward
/// spent; <c>sanction-threatened</c> (the stick) needs a role with coercive power above 0.</description></item>
/// </list>
/// <para>An invalid event is reported with its index and skipped, so that every invalid event is listed; a log with
/// any invalid event has no state. Folding is pure: replaying the same log over the same initial state gives an
/// equal state. This type is stateless and thread-safe.</para>
/// </remarks>
public static class ConsentLog
{
    /// <summary>Folds a whole log: the state at the last event's step (the initial state for an empty log).</summary>
    /// <param name="initial">The initial state.</param>
    /// <param name="events">The log, in order.</param>
    /// <returns>The state, or the invalid events.</returns>
    public static ConsentFoldResult Fold(ConsentState initial, IEnumerable<ConsentEvent> events) => Fold(initial, events, null);

    /// <summary>Folds the events of a log up to and including a step: the state at that step.</summary>
    /// <param name="initial">The initial state.</param>
    /// <param name="events">The log, in order.</param>
    /// <param name="step">The step, at least the initial state's; events after it are left out (but still checked for order).</param>
    /// <returns>The state at <paramref name="step"/>, or the invalid events.</returns>
    public static ConsentFoldResult Replay(ConsentState initial, IEnumerable<ConsentEvent> events, int step)
    {
        Preconditions.NotNull(initial);
        Preconditions.InRange(step, initial.Step, int.MaxValue);
        return Fold(initial, events, step);
    }

    private static ConsentFoldResult Fold(ConsentState initial, IEnumerable<ConsentEvent> events, int? until)
    {
        Preconditions.NotNull(initial);
        Preconditions.NotNull(events);
        var work = new Work(initial, initial.Step);
        var errors = new List<ConsentLogError>();
        var index = 0;
        foreach (var e in events)
        {
            Preconditions.NotNull(e, nameof(events));
            if (until is { } u && e.Step > u)
            {
                CheckOrder(work, e, index, errors);
                index++;
                continue;
            }

            if (Check(work, e, index) is { } error)
            {
                errors.Add(error);
            }
            else
            {
                work.Apply(e);
            }

            index++;
        }

        if (errors.Count > 0)
        {
            return new ConsentFoldResult(null, [.. errors]);
        }

        if (until is { } target && target > work.Step)
        {
            work.AdvanceTo(target);
        }

        return new ConsentFoldResult(work.ToState(), []);
    }

    /// <summary>Applies one step's events to a state (the simulator's incremental fold, equal to <see cref="Fold(ConsentState, IEnumerable{ConsentEvent})"/>).</summary>
    internal static ConsentFoldResult Apply(ConsentState state, IReadOnlyList<ConsentEvent> events, int step, int firstIndex)
    {
        var work = new Work(state, step - 1);
        if (step > work.Step)
        {
            work.AdvanceTo(step);
        }

        var errors = new List<ConsentLogError>();
        for (var i = 0; i < events.Count; i++)
        {
            if (Check(work, events[i], firstIndex + i) is { } error)
            {
                errors.Add(error);
            }
            else
            {
                work.Apply(events[i]);
            }
        }

        return errors.Count > 0 ? new ConsentFoldResult(null, [.. errors]) : new ConsentFoldResult(work.ToState(), []);
    }

    private static void CheckOrder(Work work, ConsentEvent e, int index, List<ConsentLogError> errors)
    {
        if (e.Step < work.LastStep)
        {
            errors.Add(new ConsentLogError(index, ConsentLogErrorCodes.OutOfOrder, $"'{e.Name}' at step {e.Step} comes after an event at step {work.LastStep}."));
        }
        else
        {
            work.LastStep = e.Step;
        }
    }

    private static ConsentLogError? Check(Work work, ConsentEvent e, int index)
    {
        if (e.Step <= work.InitialStep || e.Step < work.Step)
        {
            return new ConsentLogError(index, ConsentLogErrorCodes.OutOfOrder, e.Step <= work.InitialStep
                ? $"'{e.Name}' at step {e.Step} is not after the initial state (step {work.InitialStep})."
                : $"'{e.Name}' at step {e.Step} comes after an event at step {work.Step}.");
        }

        var f = -1;
        if (e.FollowerId is { } id)
        {
            f = work.IndexOf(id);
            if (f < 0)
            {
                return new ConsentLogError(index, ConsentLogErrorCodes.UnknownFollower, $"'{e.Name}' names follower '{id}', who is not in the relationship.");
            }
        }

        var who = e.FollowerId is null ? string.Empty : $" by follower {e.FollowerId}";
        return e.Kind switch
        {
            ConsentEventKind.RoleGranted when work.Role is not null => new(index, ConsentLogErrorCodes.RoleAlreadyGranted, $"'role-granted' at step {e.Step} while a role is already held."),
            ConsentEventKind.RoleRevoked when work.Role is null => new(index, ConsentLogErrorCodes.NoRoleToRevoke, $"'role-revoked' at step {e.Step} while no role is held."),
            ConsentEventKind.ConsentGranted when work.Followers[f].Consenting => new(index, ConsentLogErrorCodes.AlreadyConsenting, $"'consent-granted'{who} at step {e.Step}, who already consents."),
            ConsentEventKind.ConsentWithdrawn when !work.Followers[f].Consenting => new(index, ConsentLogErrorCodes.NotConsenting, $"'consent-withdrawn'{who} at step {e.Step}, who does not consent."),
            ConsentEventKind.RewardOffered when !(work.Role?.Reward > 0) => new(index, ConsentLogErrorCodes.CarrotWithoutRole, $"'reward-offered' (a carrot) to follower {e.FollowerId} at step {e.Step} without a role that has reward power."),
            ConsentEventKind.SanctionThreatened when !(work.Role?.Coercive > 0) => new(index, ConsentLogErrorCodes.StickWithoutRole, $"'sanction-threatened' (a stick) to follower {e.FollowerId} at step {e.Step} without a role that has coercive power."),
            _ => null,
        };
    }

    /// <summary>A mutable working copy, so that a fold allocates one new state at the end.</summary>
    private sealed class Work
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public Work(ConsentState state, int initialStep)
        {
            InitialStep = initialStep;
            Step = state.Step;
            LastStep = state.Step;
            Role = state.Role;
            RewardsOffered = state.RewardsOffered;
            Followers = [.. state.Followers];
            for (var i = 0; i < Followers.Length; i++)
            {
                _index[Followers[i].Id] = i;
            }
        }

        public int InitialStep { get; }

        public int Step { get; private set; }

        public int LastStep { get; set; }

        public ConsentRole? Role { get; private set; }

        public int RewardsOffered { get; private set; }

        public ConsentFollowerState[] Followers { get; }

        public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : -1;

        public void AdvanceTo(int step)
        {
            for (var i = 0; i < Followers.Length; i++)
            {
                if (Followers[i].RewardActive || Followers[i].SanctionActive)
                {
                    Followers[i] = Followers[i] with { RewardActive = false, SanctionActive = false };
                }
            }

            Step = step;
            LastStep = Math.Max(LastStep, step);
        }

        public void Apply(ConsentEvent e)
        {
            if (e.Step > Step)
            {
                AdvanceTo(e.Step);
            }

            var f = e.FollowerId is null ? -1 : _index[e.FollowerId];
            switch (e.Kind)
            {
                case ConsentEventKind.RoleGranted:
                    Role = e.Role;
                    break;
                case ConsentEventKind.RoleRevoked:
                    Role = null;
                    break;
                case ConsentEventKind.ConsentGranted:
                    Followers[f] = Followers[f] with { Consenting = true };
                    break;
                case ConsentEventKind.ConsentWithdrawn:
                    Followers[f] = Followers[f] with { Consenting = false };
                    break;
                case ConsentEventKind.ExpertiseShown:
                    var g = Followers[f].Grant;
                    Followers[f] = Followers[f] with { Grant = g with { Expert = Math.Min(1, g.Expert + e.Amount), Informational = Math.Min(1, g.Informational + e.Amount) } };
                    break;
                case ConsentEventKind.TrustBroken:
                    var t = Followers[f].Grant;
                    Followers[f] = Followers[f] with { Grant = t with { Referent = Math.Max(0, t.Referent - e.Amount) } };
                    break;
                case ConsentEventKind.RewardOffered:
                    Followers[f] = Followers[f] with { RewardActive = true };
                    RewardsOffered++;
                    break;
                default:
                    Followers[f] = Followers[f] with { SanctionActive = true };
                    break;
            }
        }

        public ConsentState ToState() => new(Step, Role, EquatableArray<ConsentFollowerState>.TakeOwnership([.. Followers])) { RewardsOffered = RewardsOffered };
    }
}
