import { ERROR_CODES, isKhuyenCongError } from '@khuyencong/domain';
import { hostileSuite } from '@khuyencong/hostile';
import * as api from '../src/index';
import { CASES } from './hostileCases';

hostileSuite('@khuyencong/report', api, CASES, {
  isCodedError: (error) => isKhuyenCongError(error, ERROR_CODES),
});
