using Tilda.Shared.Errors;

namespace Tilda.Shared;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>A page of a list: <c>page</c> from 1, <c>pageSize</c> from 1 to the list's maximum.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;

    /// <summary>Reads <c>?page=&amp;pageSize=</c>; anything out of range is a 400 naming the parameter.</summary>
    public static PageRequest Parse(int? page, int? pageSize, int defaultPageSize, int maxPageSize)
    {
        var size = pageSize ?? defaultPageSize;
        if (size < 1 || size > maxPageSize)
            throw new BadRequestException("pageSize", $"The page size must be between 1 and {maxPageSize}.");
        var number = page ?? 1;
        if (number < 1) throw new BadRequestException("page", "The page must be 1 or more.");
        if ((long)(number - 1) * size > int.MaxValue)
            throw new BadRequestException("page", "The page is beyond the end of the list.");
        return new PageRequest(number, size);
    }

    /// <summary>A page after the last one is a 400, not an empty page: the caller asked for something that is not there.
    /// Page 1 of an empty list is an empty page.</summary>
    public void EnsureWithin(int total)
    {
        if (Page > 1 && Skip >= total)
            throw new BadRequestException("page", $"The list has {total} items; page {Page} of {PageSize} is beyond its end.");
    }
}
