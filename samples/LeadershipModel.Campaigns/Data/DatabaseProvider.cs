namespace LeadershipModel.Campaigns.Data;

/// <summary>The database the campaigns are kept in, chosen by the <c>Campaigns:Database</c> setting.</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file (the default): in the data folder, or where <c>ConnectionStrings:Campaigns</c> says.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (the Npgsql provider), at <c>ConnectionStrings:Campaigns</c>.</summary>
    Postgres,
}
