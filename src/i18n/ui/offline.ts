/** Strings of offline reading: the update prompt and "keep the whole playbook offline". */
export const offlineStrings = {
  en: {
    'offline.updateReady': 'A new version of the playbook is ready.',
    'offline.updateReload': 'Reload to update',
    'offline.title': 'Read offline',
    'offline.text': 'Pages you open stay readable without a connection. To read anywhere (on a train, in a warehouse), keep the whole playbook in this browser: every page and the search in both languages, about {size} MB.',
    'offline.keep': 'Keep the whole playbook offline',
    'offline.progress': 'Storing… {done} of {total} files',
    'offline.done': 'Done: the whole playbook and its search work offline in this browser.',
    'offline.partly': 'Stored, except {failed} files that could not be fetched. Try again when the connection is better.',
    'offline.failed': 'Could not store the playbook. Check the connection and try again.',
    'offline.unsupported': 'This browser cannot keep pages for offline reading.',
  },
  'zh-cn': {
    'offline.updateReady': '手册有新版本。',
    'offline.updateReload': '重新加载以更新',
    'offline.title': '离线阅读',
    'offline.text': '打开过的页面在没有网络时也能阅读。如果想随时随地看（火车上、仓库里），可以把整本手册存到这个浏览器：两种语言的全部页面和搜索，约 {size} MB。',
    'offline.keep': '把整本手册存下来离线阅读',
    'offline.progress': '正在保存…已完成 {done}/{total} 个文件',
    'offline.done': '已完成：整本手册和搜索都可以在这个浏览器里离线使用。',
    'offline.partly': '已保存，但有 {failed} 个文件没能下载。网络好一些时请再试一次。',
    'offline.failed': '未能保存手册。请检查网络后再试。',
    'offline.unsupported': '这个浏览器不支持保存页面以供离线阅读。',
  },
} as const;
