import { hostileSuite } from '@khuyencong/hostile';
import * as api from '../src/index';
import { ERROR_CODES, isKhuyenCongError } from '../src/index';
import { CASES } from './hostileCases';

hostileSuite('@khuyencong/domain', api, CASES, {
  isCodedError: (error) => isKhuyenCongError(error, ERROR_CODES),
});
