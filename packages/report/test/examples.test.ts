import { defineDocExampleTests } from '@khuyencong/doc-examples';

defineDocExampleTests(new URL('..', import.meta.url), '@khuyencong/report');
