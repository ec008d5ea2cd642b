"""Plausible wrong answers for Chapter 7 (convolutional networks), by exercise grade_id: each must
fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell). The
classes of Exercises 6 and 7 are written out whole, since a mutant replaces the whole cell.
"""

_UNET = '''
class UNet(nn.Module):
    def __init__(self, in_channels=1, out_channels=1, channels=(8, 16, 32)):
        super().__init__()
        widths = [in_channels, *channels]
        self.down = nn.ModuleList([double_conv(widths[k], widths[k + 1]) for k in range(len(channels) - 1)])
        self.bottom = double_conv(channels[-2], channels[-1])
        levels = range(len(channels) - 2, -1, -1)
        self.up = nn.ModuleList([{upsample} for k in levels])
        self.decode = nn.ModuleList([double_conv({decode_in}, channels[k]) for k in levels])
        self.head = nn.Conv2d(channels[0], out_channels, kernel_size=1)
        self.factor = 2 ** (len(channels) - 1)

    def forward(self, x):
{check}        skips = []
        for block in self.down:
{encoder}
        x = self.bottom(x)
        for upsample, block, skip in zip(self.up, self.decode, {skips}):
            x = block({merge})
        return {out}
'''

_CHECK = '''        if x.shape[-2] % self.factor or x.shape[-1] % self.factor:
            raise ValueError("height and width must be multiples of 2 ** (levels - 1)")
'''
_ENCODER = '''            x = block(x)
            skips.append(x)
            x = F.max_pool2d(x, 2)'''
_TRANSPOSED = "nn.ConvTranspose2d(channels[k + 1], channels[k], kernel_size=2, stride=2)"


def _unet(upsample=_TRANSPOSED, decode_in="2 * channels[k]", check=_CHECK, encoder=_ENCODER,
          skips="reversed(skips)", merge="torch.cat([skip, upsample(x)], dim=1)", out="self.head(x)"):
    return _UNET.format(upsample=upsample, decode_in=decode_in, check=check, encoder=encoder, skips=skips,
                        merge=merge, out=out)


_BLOCK = '''
class ResidualBlock(nn.Module):
    def __init__(self, in_channels, out_channels, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, out_channels, 3, stride={stride1}, padding=1, bias={bias})
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.conv2 = nn.Conv2d(out_channels, out_channels, 3, stride={stride2}, padding=1, bias={bias})
        self.bn2 = nn.BatchNorm2d(out_channels)
        if {identity_when}:
            self.shortcut = nn.Identity()
        else:
            self.shortcut = {projection}

    def forward(self, x):
        residual = F.relu(self.bn1(self.conv1(x)))
        residual = self.bn2(self.conv2(residual))
        return {out}
'''
_PROJECTION = ("nn.Sequential(nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False), "
               "nn.BatchNorm2d(out_channels))")


def _block(stride1="stride", stride2="1", bias="False", identity_when="stride == 1 and in_channels == out_channels",
           projection=_PROJECTION, out="F.relu(residual + self.shortcut(x))"):
    return _BLOCK.format(stride1=stride1, stride2=stride2, bias=bias, identity_when=identity_when,
                         projection=projection, out=out)


MUTANTS = {
    "ex1-conv-output-size": [
        ("the + 1 forgotten", """
def conv_output_size(n, kernel, stride=1, padding=0, dilation=1):
    if kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("impossible configuration")
    span = dilation * (kernel - 1) + 1
    if span > n + 2 * padding:
        raise ValueError("the kernel does not fit")
    return (n + 2 * padding - span) // stride
"""),
        ("padding counted on one side only", """
def conv_output_size(n, kernel, stride=1, padding=0, dilation=1):
    if kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("impossible configuration")
    span = dilation * (kernel - 1) + 1
    if span > n + padding:
        raise ValueError("the kernel does not fit")
    return (n + padding - span) // stride + 1
"""),
        ("dilation ignored", """
def conv_output_size(n, kernel, stride=1, padding=0, dilation=1):
    if kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("impossible configuration")
    if kernel > n + 2 * padding:
        raise ValueError("the kernel does not fit")
    return (n + 2 * padding - kernel) // stride + 1
"""),
        ("rounded up instead of down", """
import math


def conv_output_size(n, kernel, stride=1, padding=0, dilation=1):
    if kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("impossible configuration")
    span = dilation * (kernel - 1) + 1
    if span > n + 2 * padding:
        raise ValueError("the kernel does not fit")
    return math.ceil((n + 2 * padding - span) / stride) + 1
"""),
        ("true division: a float", """
def conv_output_size(n, kernel, stride=1, padding=0, dilation=1):
    if kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("impossible configuration")
    span = dilation * (kernel - 1) + 1
    if span > n + 2 * padding:
        raise ValueError("the kernel does not fit")
    return (n + 2 * padding - span) / stride + 1
"""),
        ("no validation at all", """
def conv_output_size(n, kernel, stride=1, padding=0, dilation=1):
    return (n + 2 * padding - dilation * (kernel - 1) - 1) // max(stride, 1) + 1
"""),
        ("the fit test forgets the padding", """
def conv_output_size(n, kernel, stride=1, padding=0, dilation=1):
    if kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("impossible configuration")
    span = dilation * (kernel - 1) + 1
    if span > n:
        raise ValueError("the kernel does not fit")
    return (n + 2 * padding - span) // stride + 1
"""),
    ],
    "ex2-conv2d": [
        ("kernel flipped: a true convolution, not torch's cross-correlation", """
def conv2d(x, weight, bias, stride=1, padding=0):
    kh, kw = weight.shape[2:]
    x_padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    windows = np.lib.stride_tricks.sliding_window_view(x_padded, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwuv,fcuv->nfhw", windows, weight[:, :, ::-1, ::-1])
    return out + bias[:, np.newaxis, np.newaxis]
"""),
        ("stride ignored", """
def conv2d(x, weight, bias, stride=1, padding=0):
    kh, kw = weight.shape[2:]
    x_padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    windows = np.lib.stride_tricks.sliding_window_view(x_padded, (kh, kw), axis=(2, 3))
    out = np.einsum("nchwuv,fcuv->nfhw", windows, weight)
    return out + bias[:, np.newaxis, np.newaxis]
"""),
        ("padding added on one side only", """
def conv2d(x, weight, bias, stride=1, padding=0):
    kh, kw = weight.shape[2:]
    x_padded = np.pad(x, ((0, 0), (0, 0), (0, 2 * padding), (0, 2 * padding)))
    windows = np.lib.stride_tricks.sliding_window_view(x_padded, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwuv,fcuv->nfhw", windows, weight)
    return out + bias[:, np.newaxis, np.newaxis]
"""),
        ("bias forgotten", """
def conv2d(x, weight, bias, stride=1, padding=0):
    kh, kw = weight.shape[2:]
    x_padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    windows = np.lib.stride_tricks.sliding_window_view(x_padded, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    return np.einsum("nchwuv,fcuv->nfhw", windows, weight)
"""),
        ("only the first input channel convolved", """
def conv2d(x, weight, bias, stride=1, padding=0):
    kh, kw = weight.shape[2:]
    x_padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    windows = np.lib.stride_tricks.sliding_window_view(x_padded, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nhwuv,fuv->nfhw", windows[:, 0], weight[:, 0])
    return out + bias[:, np.newaxis, np.newaxis]
"""),
        ("input subsampled by the stride before the windows are taken", """
def conv2d(x, weight, bias, stride=1, padding=0):
    kh, kw = weight.shape[2:]
    x_padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))[:, :, ::stride, ::stride]
    windows = np.lib.stride_tricks.sliding_window_view(x_padded, (kh, kw), axis=(2, 3))
    out = np.einsum("nchwuv,fcuv->nfhw", windows, weight)
    return out + bias[:, np.newaxis, np.newaxis]
"""),
    ],
    "ex3-crop-flip": [
        ("the mask is not flipped with the image", """
def random_crop_flip(image, mask, size, rng, flip=True):
    height, width = image.shape[-2:]
    if not 1 <= size <= min(height, width) or (mask is not None and mask.shape != (height, width)):
        raise ValueError("bad size or mask")
    top = rng.integers(0, height - size + 1)
    left = rng.integers(0, width - size + 1)
    flipped = flip and rng.random() < 0.5
    image_crop = image[..., top:top + size, left:left + size]
    mask_crop = None if mask is None else mask[top:top + size, left:left + size]
    if flipped:
        image_crop = image_crop[..., ::-1]
    return image_crop, mask_crop
"""),
        ("flipped up-down instead of left-right", """
def random_crop_flip(image, mask, size, rng, flip=True):
    height, width = image.shape[-2:]
    if not 1 <= size <= min(height, width) or (mask is not None and mask.shape != (height, width)):
        raise ValueError("bad size or mask")
    top = rng.integers(0, height - size + 1)
    left = rng.integers(0, width - size + 1)
    flipped = flip and rng.random() < 0.5
    image_crop = image[..., top:top + size, left:left + size]
    mask_crop = None if mask is None else mask[top:top + size, left:left + size]
    if flipped:
        image_crop = image_crop[..., ::-1, :]
        mask_crop = None if mask_crop is None else mask_crop[::-1, :]
    return image_crop, mask_crop
"""),
        ("off by one: the last window start is never drawn", """
def random_crop_flip(image, mask, size, rng, flip=True):
    height, width = image.shape[-2:]
    if not 1 <= size <= min(height, width) or (mask is not None and mask.shape != (height, width)):
        raise ValueError("bad size or mask")
    top = rng.integers(0, max(height - size, 1))
    left = rng.integers(0, max(width - size, 1))
    flipped = flip and rng.random() < 0.5
    image_crop = image[..., top:top + size, left:left + size]
    mask_crop = None if mask is None else mask[top:top + size, left:left + size]
    if flipped:
        image_crop = image_crop[..., ::-1]
        mask_crop = None if mask_crop is None else mask_crop[:, ::-1]
    return image_crop, mask_crop
"""),
        ("the flip is drawn even when flip=False", """
def random_crop_flip(image, mask, size, rng, flip=True):
    height, width = image.shape[-2:]
    if not 1 <= size <= min(height, width) or (mask is not None and mask.shape != (height, width)):
        raise ValueError("bad size or mask")
    top = rng.integers(0, height - size + 1)
    left = rng.integers(0, width - size + 1)
    flipped = rng.random() < 0.5 and flip
    image_crop = image[..., top:top + size, left:left + size]
    mask_crop = None if mask is None else mask[top:top + size, left:left + size]
    if flipped:
        image_crop = image_crop[..., ::-1]
        mask_crop = None if mask_crop is None else mask_crop[:, ::-1]
    return image_crop, mask_crop
"""),
        ("crops the first two axes: wrong for (C, H, W) images", """
def random_crop_flip(image, mask, size, rng, flip=True):
    height, width = image.shape[-2:]
    if not 1 <= size <= min(height, width) or (mask is not None and mask.shape != (height, width)):
        raise ValueError("bad size or mask")
    top = rng.integers(0, height - size + 1)
    left = rng.integers(0, width - size + 1)
    flipped = flip and rng.random() < 0.5
    image_crop = image[top:top + size, left:left + size]
    mask_crop = None if mask is None else mask[top:top + size, left:left + size]
    if flipped:
        image_crop = image_crop[:, ::-1]
        mask_crop = None if mask_crop is None else mask_crop[:, ::-1]
    return image_crop, mask_crop
"""),
        ("left drawn before top", """
def random_crop_flip(image, mask, size, rng, flip=True):
    height, width = image.shape[-2:]
    if not 1 <= size <= min(height, width) or (mask is not None and mask.shape != (height, width)):
        raise ValueError("bad size or mask")
    left = rng.integers(0, width - size + 1)
    top = rng.integers(0, height - size + 1)
    flipped = flip and rng.random() < 0.5
    image_crop = image[..., top:top + size, left:left + size]
    mask_crop = None if mask is None else mask[top:top + size, left:left + size]
    if flipped:
        image_crop = image_crop[..., ::-1]
        mask_crop = None if mask_crop is None else mask_crop[:, ::-1]
    return image_crop, mask_crop
"""),
        ("no validation of size and mask", """
def random_crop_flip(image, mask, size, rng, flip=True):
    height, width = image.shape[-2:]
    top = rng.integers(0, height - size + 1)
    left = rng.integers(0, width - size + 1)
    flipped = flip and rng.random() < 0.5
    image_crop = image[..., top:top + size, left:left + size]
    mask_crop = None if mask is None else mask[top:top + size, left:left + size]
    if flipped:
        image_crop = image_crop[..., ::-1]
        mask_crop = None if mask_crop is None else mask_crop[:, ::-1]
    return image_crop, mask_crop
"""),
    ],
    "ex4-iou": [
        ("the mean over the batch instead of one IoU per mask", """
def iou(pred, target):
    pred, target = np.asarray(pred).astype(bool), np.asarray(target).astype(bool)
    axes = tuple(range(1, pred.ndim))
    intersection = (pred & target).sum(axis=axes)
    union = (pred | target).sum(axis=axes)
    return np.mean(np.where(union > 0, intersection / np.maximum(union, 1), 1.0))
"""),
        ("an empty union gives nan (0 / 0)", """
def iou(pred, target):
    pred, target = np.asarray(pred).astype(bool), np.asarray(target).astype(bool)
    axes = tuple(range(1, pred.ndim))
    with np.errstate(invalid="ignore"):
        return (pred & target).sum(axis=axes) / (pred | target).sum(axis=axes)
"""),
        ("an empty union scored 0", """
def iou(pred, target):
    pred, target = np.asarray(pred).astype(bool), np.asarray(target).astype(bool)
    axes = tuple(range(1, pred.ndim))
    intersection = (pred & target).sum(axis=axes)
    union = (pred | target).sum(axis=axes)
    return intersection / np.maximum(union, 1)
"""),
        ("Dice's coefficient instead of IoU", """
def iou(pred, target):
    pred, target = np.asarray(pred).astype(bool), np.asarray(target).astype(bool)
    axes = tuple(range(1, pred.ndim))
    intersection = (pred & target).sum(axis=axes)
    total = pred.sum(axis=axes) + target.sum(axis=axes)
    return np.where(total > 0, 2 * intersection / np.maximum(total, 1), 1.0)
"""),
        ("sums over axes 1 and 2 only: wrong for (N, 1, H, W)", """
def iou(pred, target):
    pred, target = np.asarray(pred).astype(bool), np.asarray(target).astype(bool)
    intersection = (pred & target).sum(axis=(1, 2))
    union = (pred | target).sum(axis=(1, 2))
    return np.where(union > 0, intersection / np.maximum(union, 1), 1.0)
"""),
        ("union as pred + target: right for booleans, counts the overlap twice for 0/1 integers", """
def iou(pred, target):
    pred, target = np.asarray(pred), np.asarray(target)
    axes = tuple(range(1, pred.ndim))
    intersection = (pred * target).sum(axis=axes)
    union = (pred + target).sum(axis=axes)
    return np.where(union > 0, intersection / np.maximum(union, 1), 1.0)
"""),
    ],
    "ex5-dice-loss": [
        ("no sigmoid: logits used as probabilities", """
def dice_loss(logits, target, eps=1.0):
    p = logits.flatten(start_dim=1)
    t = target.flatten(start_dim=1)
    dice = (2 * (p * t).sum(dim=1) + eps) / (p.sum(dim=1) + t.sum(dim=1) + eps)
    return 1 - dice.mean()
"""),
        ("pooled over the whole batch instead of per image", """
def dice_loss(logits, target, eps=1.0):
    p = torch.sigmoid(logits)
    dice = (2 * (p * target).sum() + eps) / (p.sum() + target.sum() + eps)
    return 1 - dice
"""),
        ("factor 2 missing", """
def dice_loss(logits, target, eps=1.0):
    p = torch.sigmoid(logits).flatten(start_dim=1)
    t = target.flatten(start_dim=1)
    dice = ((p * t).sum(dim=1) + eps) / (p.sum(dim=1) + t.sum(dim=1) + eps)
    return 1 - dice.mean()
"""),
        ("eps only in the denominator", """
def dice_loss(logits, target, eps=1.0):
    p = torch.sigmoid(logits).flatten(start_dim=1)
    t = target.flatten(start_dim=1)
    dice = 2 * (p * t).sum(dim=1) / (p.sum(dim=1) + t.sum(dim=1) + eps)
    return 1 - dice.mean()
"""),
        ("returns the Dice coefficient, not 1 - D", """
def dice_loss(logits, target, eps=1.0):
    p = torch.sigmoid(logits).flatten(start_dim=1)
    t = target.flatten(start_dim=1)
    return ((2 * (p * t).sum(dim=1) + eps) / (p.sum(dim=1) + t.sum(dim=1) + eps)).mean()
"""),
        ("converted to a Python float: no gradient", """
def dice_loss(logits, target, eps=1.0):
    p = torch.sigmoid(logits).flatten(start_dim=1)
    t = target.flatten(start_dim=1)
    dice = (2 * (p * t).sum(dim=1) + eps) / (p.sum(dim=1) + t.sum(dim=1) + eps)
    return float(1 - dice.mean())
"""),
        ("means over the pixels instead of sums", """
def dice_loss(logits, target, eps=1.0):
    p = torch.sigmoid(logits).flatten(start_dim=1)
    t = target.flatten(start_dim=1)
    dice = (2 * (p * t).mean(dim=1) + eps) / (p.mean(dim=1) + t.mean(dim=1) + eps)
    return 1 - dice.mean()
"""),
    ],
    "ex6-unet": [
        ("no skip connections: the decoder sees only the upsampled path",
         _unet(decode_in="channels[k]", merge="upsample(x)")),
        ("concatenated in the wrong order: [upsampled, skip]",
         _unet(merge="torch.cat([upsample(x), skip], dim=1)")),
        ("a sigmoid after the head", _unet(out="torch.sigmoid(self.head(x))")),
        ("skips added instead of concatenated", _unet(decode_in="channels[k]", merge="skip + upsample(x)")),
        ("pooled before the skip is kept", _unet(encoder='''            x = F.max_pool2d(block(x), 2)
            skips.append(x)''')),
        ("upsampled by interpolation: the transposed convolutions unused",
         _unet(merge="torch.cat([skip, F.interpolate(x, scale_factor=2.0)[:, :skip.shape[1]]], dim=1)")),
        ("no ValueError for sizes the pooling cannot halve", _unet(check="")),
        ("skips taken in encoder order", _unet(skips="skips")),
    ],
    "ex7-residual-block": [
        ("convolutions with biases", _block(bias="True")),
        ("no projection: the shortcut is always the identity", _block(identity_when="True")),
        ("ReLU applied to the residual before the addition",
         _block(out="F.relu(residual) + self.shortcut(x)")),
        ("the projection does not use the stride",
         _block(projection="nn.Sequential(nn.Conv2d(in_channels, out_channels, 1, bias=False), "
                           "nn.BatchNorm2d(out_channels))")),
        ("the stride put in conv2 instead of conv1", _block(stride1="1", stride2="stride")),
        ("no ReLU after the addition", _block(out="residual + self.shortcut(x)")),
        ("a projection even when the shapes agree", _block(identity_when="False")),
        ("projection without batch normalisation",
         _block(projection="nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False)")),
    ],
}
