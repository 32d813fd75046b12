using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Tilda.Testing.Persistence;

/// <summary>A T-SQL script as SQL Server's own parser (ScriptDom) reads it: its syntax errors and what it creates or drops,
/// including statements run as dynamic SQL (EF creates schemas with <c>EXEC(N'CREATE SCHEMA …')</c>).</summary>
public sealed class SqlServerScript
{
    public sealed record Index(string Name, string? Schema, string Table, bool Unique, string? Filter);
    /// <param name="Hints">Table hints, e.g. <c>UpdLock</c>, <c>ReadPast</c> (ScriptDom's <see cref="TableHintKind"/> names).</param>
    public sealed record TableRead(string? Schema, string Table, IReadOnlyList<string> Hints);
    /// <param name="ReturnedInto">The variable the return code is assigned to (<c>EXEC @r = …</c>), if any.</param>
    public sealed record ProcedureCall(string Name, string? ReturnedInto, IReadOnlyDictionary<string, string> Parameters);
    /// <param name="Top">The TOP expression's text, e.g. <c>(@p1)</c>.</param>
    public sealed record Query(string? Top, string? Where, IReadOnlyList<string> OrderBy);

    public List<string> Errors { get; } = [];
    public List<string> CreatedSchemas { get; } = [];
    public List<(string? Schema, string Table)> CreatedTables { get; } = [];
    public List<(string? Schema, string Table)> DroppedTables { get; } = [];
    public List<Index> CreatedIndexes { get; } = [];
    public List<TableRead> TablesRead { get; } = [];
    public List<ProcedureCall> ProceduresExecuted { get; } = [];
    public List<Query> Queries { get; } = [];
    /// <summary>The conditions under which the script raises an error (<c>IF … THROW</c>).</summary>
    public List<string> ThrowsWhen { get; } = [];

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

        public override void Visit(NamedTableReference node) => script.TablesRead.Add(new(node.SchemaObject.SchemaIdentifier?.Value,
            node.SchemaObject.BaseIdentifier.Value, node.TableHints.Select(h => h.HintKind.ToString()).ToList()));

        public override void Visit(QuerySpecification node) => script.Queries.Add(new(
            node.TopRowFilter is null ? null : Text(node.TopRowFilter.Expression),
            node.WhereClause is null ? null : Text(node.WhereClause.SearchCondition),
            node.OrderByClause?.OrderByElements.Select(e => Text(e.Expression)).ToList() ?? []));

        public override void Visit(ExecuteSpecification node)
        {
            if (node.ExecutableEntity is not ExecutableProcedureReference procedure) return;
            script.ProceduresExecuted.Add(new(procedure.ProcedureReference.ProcedureReference.Name.BaseIdentifier.Value, node.Variable?.Name,
                procedure.Parameters.ToDictionary(p => p.Variable.Name, p => p.ParameterValue is StringLiteral s ? s.Value : Text(p.ParameterValue))));
        }

        public override void Visit(IfStatement node)
        {
            if (node.ThenStatement is ThrowStatement) script.ThrowsWhen.Add(Text(node.Predicate));
        }

        public override void Visit(ExecutableStringList node)
        {
            // EXEC(N'… [' + @var0 + '];'): the statement is the concatenation, a variable standing for a name.
            script.Read(string.Concat(node.Strings.Select(part => part is StringLiteral literal ? literal.Value : "dynamic_name")));
        }
    }
}
