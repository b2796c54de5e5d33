/** Strings of the trainee's path: term popovers, the glossary index, progress, role paths, quizzes, handbook. */
export const traineeStrings = {
  en: {
    'glossary.filterLabel': 'Filter terms',
    'glossary.filterPlaceholder': 'GMV, margin, 转化率…',
    'glossary.filterCount': '{shown} of {total} terms',
    'glossary.filterNone': 'No term matches “{query}”.',
    'glossary.index': 'Index',
    'glossary.indexOther': 'Other',
    'term.close': 'Close',
    'term.fullEntry': 'Full entry in the glossary',
    'term.definitions': 'Definitions of the terms on this page',
  },
  'zh-cn': {
    'glossary.filterLabel': '筛选术语',
    'glossary.filterPlaceholder': 'GMV、毛利率、conversion…',
    'glossary.filterCount': '共 {total} 个术语，显示 {shown} 个',
    'glossary.filterNone': '没有与“{query}”匹配的术语。',
    'glossary.index': '索引',
    'glossary.indexOther': '其他',
    'term.close': '关闭',
    'term.fullEntry': '在术语表中查看完整条目',
    'term.definitions': '本页术语的释义',
  },
} as const;
