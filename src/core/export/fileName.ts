// File names a save dialog, a browser download and every file system accept: no folders, no
// characters Windows refuses, no control characters, not too long.

export function safeFileName(base: string, ext: string, date: string): string {
  const clean = base
    .replace(/[\u0000-\u001f\u007f"*?<>]+/g, '')
    .replace(/:/g, ' -')
    .replace(/[/\\|]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 150)
    .trim();
  return `${clean || 'Bridgehire export'} ${date}.${ext}`;
}
