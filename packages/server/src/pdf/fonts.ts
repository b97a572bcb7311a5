import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Noto Sans SC (OFL) from the npm registry; pdfkit embeds only the glyphs a document uses. */
export const CHINESE_FONT =
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
export const CHINESE_FONT_BOLD =
  require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
