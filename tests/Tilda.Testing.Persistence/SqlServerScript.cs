using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Tilda.Testing.Migrations;

/// <summary>A T-SQL script as SQL Server's own parser (ScriptDom) reads it: its syntax errors and what it creates or drops,
/// including statements run as dynamic SQL (EF creates schemas with <c>EXEC(N'CREATE SCHEMA …')</c>).</summary>
public sealed class SqlServerScript
{
    public sealed record Index(string Name, string? Schema, string Table, bool Unique, string? Filter);

    public List<string> Errors { get; } = [];
    public List<string> CreatedSchemas { get; } = [];
    public List<(string? Schema, string Table)> CreatedTables { get; } = [];
    public List<(string? Schema, string Table)> DroppedTables { get; } = [];
    public List<Index> CreatedIndexes { get; } = [];

    public static SqlServerScript Parse(string sql)
    {
        var script = new SqlServerScript();
        script.Read(sql);
        return script;
    }

    private void Read(string sql)
    {
        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        Errors.AddRange(errors.Select(e => $"line {e.Line}: {e.Message}"));
        fragment.Accept(new Collector(this));
    }

    private static string Text(TSqlFragment fragment) => string.Concat(
        Enumerable.Range(fragment.FirstTokenIndex, fragment.LastTokenIndex - fragment.FirstTokenIndex + 1).Select(i => fragment.ScriptTokenStream[i].Text));

    private sealed class Collector(SqlServerScript script) : TSqlFragmentVisitor
    {
        public override void Visit(CreateSchemaStatement node) => script.CreatedSchemas.Add(node.Name.Value);

        public override void Visit(CreateTableStatement node) =>
            script.CreatedTables.Add((node.SchemaObjectName.SchemaIdentifier?.Value, node.SchemaObjectName.BaseIdentifier.Value));

        public override void Visit(DropTableStatement node) =>
            script.DroppedTables.AddRange(node.Objects.Select(o => (o.SchemaIdentifier?.Value, o.BaseIdentifier.Value)));

        public override void Visit(CreateIndexStatement node) => script.CreatedIndexes.Add(new(node.Name.Value,
            node.OnName.SchemaIdentifier?.Value, node.OnName.BaseIdentifier.Value, node.Unique,
            node.FilterPredicate is null ? null : Text(node.FilterPredicate)));

        public override void Visit(ExecutableStringList node)
        {
            foreach (var literal in node.Strings.OfType<StringLiteral>()) script.Read(literal.Value);
        }
    }
}
