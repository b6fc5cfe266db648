// Bundled by scripts/build-site.mjs from the packages' built ESM output into one classic script
// (global `khuyencong`), so the calculator page works opened from disk (file://), where module scripts
// are blocked.
export * as calc from '@khuyencong/calc';
export * as domain from '@khuyencong/domain';
export * as i18n from '@khuyencong/i18n-vi';
