/** 上一页 / 第 n 页，共 m 页 / 下一页, as plain links (`?page=`). */
export function Pager({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  return (
    <nav className="pager" aria-label="分页">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          上一页
        </a>
      ) : (
        <span>上一页</span>
      )}
      <span>
        第 {page} 页，共 {totalPages} 页
      </span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          下一页
        </a>
      ) : (
        <span>下一页</span>
      )}
    </nav>
  )
}
