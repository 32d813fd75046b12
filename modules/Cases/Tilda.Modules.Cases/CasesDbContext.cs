using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Domain;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.Cases;

/// <summary>The Cases module's tables. Each provider's generated migrations belong to a subclass in Migrations/.</summary>
internal class CasesDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "cases";

    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Application> Applications => Set<Application>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tables = ModuleTables.For(Module, Database.ProviderName);
        modelBuilder.MapOutbox(tables);

        modelBuilder.Entity<Case>(c =>
        {
            c.ToTable(tables.Table("cases"), tables.Schema);
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.SearchText).HasMaxLength(210);
            c.Property(x => x.Version).IsConcurrencyToken();
            c.HasIndex(x => x.LatestApplicationId);
            var p = c.ComplexProperty(x => x.Person);
            {
                p.Property(x => x.GivenNames).HasColumnName("GivenNames").HasMaxLength(100);
                p.Property(x => x.Surname).HasColumnName("Surname").HasMaxLength(100);
                p.Property(x => x.BirthDate).HasColumnName("BirthDate");
                p.Property(x => x.BirthYear).HasColumnName("BirthYear");
                p.Property(x => x.Sex).HasColumnName("Sex").HasMaxLength(20);
                p.Property(x => x.Citizenships).HasColumnName("Citizenships").HasMaxLength(100).HasCodeListConversion();
                p.Property(x => x.ResidenceStatus).HasColumnName("ResidenceStatus").HasMaxLength(30);
                p.Property(x => x.HasMunicipalityOfResidence).HasColumnName("HasMunicipalityOfResidence");
                p.Property(x => x.PersonalIdentityCode).HasColumnName("PersonalIdentityCode").HasMaxLength(11);
                p.Property(x => x.ResidencePermitGround).HasColumnName("ResidencePermitGround").HasMaxLength(40);
                p.Property(x => x.ResidencePermitGrantedOn).HasColumnName("ResidencePermitGrantedOn");
            }
            c.HasMany(x => x.Applications).WithOne().HasForeignKey(a => a.CaseId);
            c.HasMany(x => x.PersonHistory).WithOne().HasForeignKey(s => s.CaseId);
        });

        modelBuilder.Entity<Application>(a =>
        {
            a.ToTable(tables.Table("applications"), tables.Schema);
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Channel).HasMaxLength(20);
            a.Property(x => x.ReferrerType).HasMaxLength(40);
            a.Property(x => x.ReferrerOrganisation).HasMaxLength(200);
            a.Property(x => x.ApplicantRole).HasMaxLength(40);
            a.Property(x => x.ExploitationForms).HasJsonConversion();
            a.Property(x => x.ExploitationLocation).HasMaxLength(20);
            a.Property(x => x.ExploitationCountries).HasMaxLength(200).HasCodeListConversion();
            a.Property(x => x.DependentChildren).HasJsonConversion();
            a.HasIndex(x => x.CaseId);
            a.HasIndex(x => x.PreviousApplicationId).IsUnique();
        });

        modelBuilder.Entity<PersonSnapshot>(s =>
        {
            s.ToTable(tables.Table("person_snapshots"), tables.Schema);
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Sex).HasMaxLength(20);
            s.Property(x => x.Citizenships).HasMaxLength(100).HasCodeListConversion();
            s.Property(x => x.ResidenceStatus).HasMaxLength(30);
            s.Property(x => x.ResidencePermitGround).HasMaxLength(40);
            s.HasIndex(x => x.CaseId);
        });
    }
}
